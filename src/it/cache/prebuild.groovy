// a torn cache file, as a killed build might leave: it must be ignored, never fail the build
def dir = new File(basedir, 'target/incident-notice')
dir.mkdirs()
new File(dir, 'findings-cache.bin').bytes = [0, 30, 105, 110, 99, 105, 100] as byte[]
return true

def log = new File(basedir, 'build.log').text
assert log.contains('The notice directory incidents is a file, not a directory; set incident-notice.noticeDirectory to the directory that holds the notices. -> [Help 1]')
assert new File(basedir, 'incidents').text == 'not a directory\n' : 'the file is left as it was'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
return true

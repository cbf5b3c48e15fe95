def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'incidents').canonicalFile.toPath().toAbsolutePath().normalize()
def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
        .collect { it.replaceFirst(/plugin:[^:]+:check/, 'plugin:VERSION:check') }
assert errors == ["[ERROR] Failed to execute goal io.github.incidentnotice:incident-notice-maven-plugin:VERSION:check (default) on project ratchet-from-bad-ref: ratchetFrom 'origin/nope' is not a git ref in ${dir}: git says \"Not a valid object name origin/nope\"; use a branch, tag or commit (such as origin/main). -> [Help 1]".toString()] : errors.join('\n')
assert !log.contains('notice checked') : 'no notice is checked against a ref that does not resolve'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace for a ref that does not resolve'

def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
        .collect { it.replaceFirst(/plugin:[^:]+:check/, 'plugin:VERSION:check') }
assert errors == ['[ERROR] Failed to execute goal io.github.incidentnotice:incident-notice-maven-plugin:VERSION:check (default) on project baseline-broken: The baseline .incident-notice-baseline.json:5 is not valid: Unexpected character (\'"\' (code 34)): was expecting comma to separate Object entries; fix it, or write it again with mvn incident-notice:baseline. -> [Help 1]'] : errors.join('\n')
assert !log.contains('notice checked') : 'the baseline is read before any notice is checked'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace for a broken baseline'

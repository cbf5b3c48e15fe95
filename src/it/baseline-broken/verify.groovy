def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
        .collect { it.replaceFirst(/plugin:[^:]+:(check|baseline)/, 'plugin:VERSION:$1') }
assert errors == [
    '[ERROR] Failed to execute goal io.github.incidentnotice:incident-notice-maven-plugin:VERSION:check (default) on project baseline-broken: The baseline .incident-notice-baseline.json:5 is not valid: Unexpected character (\'"\' (code 34)): was expecting comma to separate Object entries; fix it, or write it again with mvn incident-notice:baseline. -> [Help 1]',
    '[ERROR] Failed to execute goal io.github.incidentnotice:incident-notice-maven-plugin:VERSION:baseline (default-cli) on project baseline-broken: The baseline incidents/2026-01-12-uploads.md is one of the notices; point incident-notice.baselineFile at a file of its own such as .incident-notice-baseline.json. -> [Help 1]',
] : errors.join('\n')
assert !log.contains('notice checked') : 'the baseline is read before any notice is checked'
assert new File(basedir, 'incidents/2026-01-12-uploads.md').text.startsWith('---\ntitle: Slow uploads\n') : 'the notice is untouched'
assert log.contains('[INFO] Wrote .incident-notice-baseline.json: 8 findings in 1 notice.')
def written = new groovy.json.JsonSlurper().parse(new File(basedir, '.incident-notice-baseline.json'))
assert written.findings.sum { it.count } == 8
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace for a broken baseline'

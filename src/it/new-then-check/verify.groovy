def log = new File(basedir, 'build.log').text
def name = 'incidents/2026-03-02-checkout-failed-for-eu-customers.md'
// the untouched scaffold: one placeholder at each of the seven guide lines, column 1
[11, 14, 17, 20, 23, 26, 29].each { line ->
    def expected = "[ERROR] ${name}:${line}:1: [placeholder] \"TODO\" is a placeholder; replace it with the real text before publishing."
    assert log.contains(expected) : 'missing log line: ' + expected
}
assert log.count('[placeholder]') == 7
assert log.contains('in 1 incident notice; fix them or see the report in')
// once filled in, the same notice passes
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 0 warnings \(\d+ ms\)/
assert !new File(basedir, name).text.contains('TODO')
assert !log.contains('at io.github.incidentnotice') : 'no stack trace from the plugin'

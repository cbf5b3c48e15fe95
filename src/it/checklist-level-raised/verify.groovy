def log = new File(basedir, 'build.log').text
// a warning in the default checklist; this team made it an error
assert log.contains('[ERROR] incidents/2026-03-02-checkout.md:7:1: [missing-make-good] no make-good found in this incident notice (resolved): ')
assert log =~ /\[INFO\] 1 notice checked: 1 error, 0 warnings \(\d+ ms\)/
assert log.contains('1 error in 1 incident notice; fix them or see the report in')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
assert json.checklist == '.incident-checklist.yml'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'

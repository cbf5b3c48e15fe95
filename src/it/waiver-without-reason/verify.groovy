def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] incidents/2026-03-02-checkout.md:7:5: [waiver] the waiver of 'make-good' has no reason; add 'reason:' saying why it does not apply here")
assert log.contains("[ERROR] incidents/2026-03-02-checkout.md:8:5: [waiver] the waiver names unknown element 'compensation'; known: admission, apology, what-happened, impact, customer-action, fix, prevention, thanks, make-good, next-update, breach-details")
// a waiver without a reason waives nothing
assert log.contains('[WARNING] incidents/2026-03-02-checkout.md:11:1: [missing-make-good] ')
assert log =~ /\[INFO\] 1 notice checked: 2 errors, 1 warning \(\d+ ms\)/
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
assert json.notices[0].elements['make-good'] == 'absent'

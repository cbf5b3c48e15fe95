def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] incidents/2026-03-02-checkout.md:7:1: [missing-status-page-link] no status-page-link found in this incident notice (resolved): Link to the status page for live updates. Add a "## Live status" section or say it in the text.')
assert !log.contains('incidents/2026-03-09-search.md:') : 'the second notice links the status page'
assert log.readLines().any { it ==~ /\[INFO\] 2 notices checked: 1 error, 0 warnings \(\d+ ms\); checklist: \.incident-checklist\.yml/ }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
assert json.notices[0].elements['status-page-link'] == 'absent'
assert json.notices[1].elements['status-page-link'] == 'present'

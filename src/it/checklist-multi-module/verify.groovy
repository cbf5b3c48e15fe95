def log = new File(basedir, 'build.log').text
// both modules use the checklist at the top of the build: thanks is off, the team's element applies
assert !log.contains('[missing-thanks]')
assert log.contains('[WARNING] incidents/2026-03-02-checkout.md:7:1: [missing-status-page-link] no status-page-link found in this incident notice (resolved): Link to the status page for live updates. Say it in the text.')
assert !log.contains('incidents/2026-03-04-checkout.md:')
assert log.contains('BUILD SUCCESS')
// the summary names the checklist the same way however the build was started
def summary = ~/\[INFO\] 1 notice checked: 0 errors, 1 warning \(\d+ ms\); checklist: \.incident-checklist\.yml \(from the top of the build\)/
assert log.readLines().count { it ==~ summary } == 1 : 'notices-eu'
assert log.readLines().any { it ==~ /\[INFO\] 1 notice checked: 0 errors, 0 warnings \(\d+ ms\); checklist: \.incident-checklist\.yml \(from the top of the build\)/ } : 'notices-us'
def slurper = new groovy.json.JsonSlurper()
def eu = slurper.parse(new File(basedir, 'notices-eu/target/incident-notice/incident-notice.json'))
assert eu.checklist == '../.incident-checklist.yml'
assert eu.notices[0].elements['status-page-link'] == 'absent'
def us = slurper.parse(new File(basedir, 'services/notices-us/target/incident-notice/incident-notice.json'))
assert us.checklist == '../../.incident-checklist.yml'
assert us.notices[0].elements['status-page-link'] == 'present'

// built alone, the module reads the checklist at the top of the build, as the whole build does:
// thanks is off and the team's own element applies
def log = new File(basedir, 'build.log')
if (!log.exists()) {
    log = new File(basedir, 'notices-eu/build.log')
}
def text = log.text
assert !text.contains('[missing-thanks]')
assert text.readLines().contains('[WARNING] incidents/2026-03-02-checkout.md:7:1: [missing-status-page-link] no status-page-link found in this incident notice (resolved): Link to the status page for live updates. Say it in the text. Nothing in the notice came close.')
assert !text.contains('incidents/2026-03-04-checkout.md:') : 'only the one module was built'
assert text.contains('BUILD SUCCESS')
// the summary names the checklist the same way however the build was started
def summary = ~/\[INFO\] 1 notice checked: 0 errors, 1 warning \(\d+ ms\); checklist: \.incident-checklist\.yml \(from the top of the build\)/
assert text.readLines().count { it ==~ summary } == 1
def eu = new groovy.json.JsonSlurper().parse(new File(basedir, 'notices-eu/target/incident-notice/incident-notice.json'))
assert eu.checklist == '../.incident-checklist.yml'
assert eu.notices[0].elements['status-page-link'] == 'absent'
assert !new File(basedir, 'services/notices-us/target').exists()

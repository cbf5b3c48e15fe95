def log = new File(basedir, 'build.log').text
def expected = [
    '[INFO] Effective checklist: .incident-checklist.yml (12 elements, 5 defects; fingerprint ',
    '[INFO]   levels           off everywhere  [.incident-checklist.yml:3]',
    '[INFO]   levels           incident/resolved: error, incident/postmortem: error [.incident-checklist.yml:6-7]; off elsewhere',
    '[INFO] element status-page-link  [.incident-checklist.yml:11]',
    '[INFO]   description      Link to the status page for live updates.  [.incident-checklist.yml:12]',
    '[INFO]   levels           incident/ongoing: error, incident/resolved: warning [.incident-checklist.yml:13]; off elsewhere',
    '[INFO]   headings         1  [.incident-checklist.yml:14]',
    '[INFO]   phrases          1  [.incident-checklist.yml:15]',
    '[INFO] Wrote the effective checklist to target/effective-checklist.yml (extends: none; use it as .incident-checklist.yml to start from it).',
]
expected.each { line -> assert log.contains(line) : "missing log line: " + line }
// settings the team did not touch name the default checklist and its line
assert log =~ /\[INFO\] element thanks  \[default-checklist\.yml:\d+, \.incident-checklist\.yml:3\]/
assert log =~ /\[INFO\] element admission  \[default-checklist\.yml:\d+\]/
assert log =~ /\[INFO\]   headings         \d+  \[default-checklist\.yml:\d+, \.incident-checklist\.yml:9\]/
assert log =~ /\[INFO\]   phrases          \d+  \[default-checklist\.yml:\d+-\d+, \.incident-checklist\.yml:10\]/
assert log =~ /\[INFO\] defect non-apology  \[default-checklist\.yml:\d+, \.incident-checklist\.yml:17\]/
['admission', 'apology', 'what-happened', 'impact', 'customer-action', 'fix', 'prevention', 'make-good', 'next-update',
 'breach-details'].each { assert log =~ /\[INFO\] element ${it}  \[/ }
['blame-shifting', 'vague-impact', 'placeholder', 'boilerplate-security'].each { assert log =~ /\[INFO\] defect ${it}  \[/ }

def written = new File(basedir, 'target/effective-checklist.yml')
assert written.isFile()
assert written.text.contains('\nextends: none\n')
assert written.text.contains('  status-page-link:  # [.incident-checklist.yml:11]\n')

// the second build checks with the written file: the same findings as with the team's file
assert log.contains('[WARNING] incidents/2026-03-02-checkout.md:7:1: [missing-status-page-link] no status-page-link found in this incident notice (resolved): Link to the status page for live updates. Add a "## Live status" section or say it in the text.')
assert !log.contains('[missing-thanks]')
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 1 warning \(\d+ ms\)/
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
assert json.checklist == 'target/effective-checklist.yml'

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Building baseline-adopt 1\.0/).drop(1)
assert runs.length == 3 : 'three builds: ' + runs.length
def info = { String run -> run.readLines().findAll { it.startsWith('[INFO] ') && (it.contains('.incident-notice-baseline.json') || it =~ /notices? checked/) } }
def findings = { String run -> run.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] incidents\// } }

// 1: the baseline of three failing notices, written and named
assert info(runs[0]).contains('[INFO] Wrote .incident-notice-baseline.json: 24 findings in 3 notices.') : info(runs[0])
assert findings(runs[0]) == [] : 'the baseline goal does not print the findings it accepts'
assert runs[0].contains('BUILD SUCCESS')

// 2: the same notices pass, the baseline accepting every finding
def second = info(runs[1])
assert second[0] == '[INFO] The baseline .incident-notice-baseline.json accepted 24 findings (not reported as errors or warnings).' : second
assert second[1] ==~ /\[INFO\] 3 notices checked: 0 errors, 0 warnings(, 3 from cache)? \(\d+ ms\); checklist: the default checklist/ : second
assert second.size() == 2 : second
assert findings(runs[1]) == []
assert runs[1].contains('BUILD SUCCESS')

// 3: an old notice edited (its findings two lines down, one of them fixed) and a new one: only the new one fails
def third = info(runs[2])
assert third[0] == '[INFO] The baseline .incident-notice-baseline.json accepted 23 findings (not reported as errors or warnings).' : third
assert third[1] == '[INFO] 1 finding in the baseline no longer occurs; mvn incident-notice:baseline rewrites .incident-notice-baseline.json without it.' : third
assert third[2] ==~ /\[INFO\] 4 notices checked: 4 errors, 2 warnings(, \d from cache)? \(\d+ ms\); checklist: the default checklist/ : third
def expected = [
    '[ERROR] incidents/2026-03-04-login.md:7:1: [missing-admission] no admission found in this incident notice (resolved): ',
    '[WARNING] incidents/2026-03-04-login.md:7:1: [missing-customer-action] no customer-action found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-04-login.md:7:1: [missing-fix] no fix found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-04-login.md:7:1: [missing-prevention] no prevention found in this incident notice (resolved): ',
    '[WARNING] incidents/2026-03-04-login.md:7:1: [missing-thanks] no thanks found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-04-login.md:7:1: [missing-what-happened] no what-happened found in this incident notice (resolved): ',
]
def got = findings(runs[2])
assert got.size() == expected.size() : got.join('\n')
[got, expected].transpose().each { line, start -> assert line.startsWith(start) : "expected ${start} got ${line}" }
assert runs[2].contains('4 errors in 1 incident notice; fix them or see the report in')

// the file the team commits: sorted, keyed without lines, counted
def baseline = new File(basedir, '.incident-notice-baseline.json')
def entries = new groovy.json.JsonSlurper().parse(baseline).findings
assert entries.sum { it.count } == 24
assert entries.collect { [it.notice, it.rule, it.fingerprint] } == entries.collect { [it.notice, it.rule, it.fingerprint] }.sort { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] ?: a[2] <=> b[2] }
assert entries.find { it.rule == 'blame-shifting' } == [notice: 'incidents/2026-02-03-search.md', rule: 'blame-shifting', fingerprint: 'beyond our control', count: 1]
assert entries.find { it.rule == 'missing-apology' && it.notice == 'incidents/2026-01-12-uploads.md' }.fingerprint == 'apology'
assert baseline.text.startsWith('{\n  "tool" : "incident-notice-maven-plugin",\n  "format" : 1,\n  "findings" : [\n')

// the reports: accepted findings apart, suppressed in SARIF
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
assert json.summary.accepted == 23 && json.summary.errors == 4
def search = json.notices.find { it.file == 'incidents/2026-02-03-search.md' }
assert search.findings == [] && search.verdict == 'pass'
assert search.accepted.find { it.rule == 'blame-shifting' }.line == 9 : 'two lines down since the baseline'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.sarif'))
def results = sarif.runs[0].results
assert results.count { it.suppressions } == 23
assert results.findAll { !it.suppressions }.every { it.locations[0].physicalLocation.artifactLocation.uri.endsWith('2026-03-04-login.md') }
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'

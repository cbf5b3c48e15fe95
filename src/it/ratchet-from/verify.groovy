def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] incidents\// }
// the edited notice and the new one, nothing of the two left alone since the tag
def expected = [
    '[ERROR] incidents/2026-01-20-invoices.md:7:1: [missing-admission] no admission found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-01-20-invoices.md:7:1: [missing-apology] no apology found in this incident notice (resolved): ',
    '[WARNING] incidents/2026-01-20-invoices.md:7:1: [missing-customer-action] no customer-action found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-01-20-invoices.md:7:1: [missing-fix] no fix found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-01-20-invoices.md:7:1: [missing-impact] no impact found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-01-20-invoices.md:7:1: [missing-prevention] no prevention found in this incident notice (resolved): ',
    '[WARNING] incidents/2026-01-20-invoices.md:7:1: [missing-thanks] no thanks found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-01-20-invoices.md:7:1: [missing-what-happened] no what-happened found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-01-20-invoices.md:7:1: [vague-impact] "Some customers" is vague; say who was affected, how, and for how long (services, regions, times, counts).',
    '[ERROR] incidents/2026-01-20-invoices.md:9:1: [placeholder] "TODO" is a placeholder; replace it with the real text before publishing.',
    '[ERROR] incidents/2026-03-04-login.md:7:1: [missing-admission] no admission found in this incident notice (resolved): ',
    '[WARNING] incidents/2026-03-04-login.md:7:1: [missing-customer-action] no customer-action found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-04-login.md:7:1: [missing-fix] no fix found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-04-login.md:7:1: [missing-prevention] no prevention found in this incident notice (resolved): ',
    '[WARNING] incidents/2026-03-04-login.md:7:1: [missing-thanks] no thanks found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-04-login.md:7:1: [missing-what-happened] no what-happened found in this incident notice (resolved): ',
]
assert findings.size() == expected.size() : findings.join('\n')
[findings, expected].transpose().each { line, start -> assert line.startsWith(start) : "expected ${start} got ${line}" }
def summary = log.readLines().findAll { it.contains('notices checked') || it.contains('notice checked') }
assert summary.size() == 1 && summary[0] ==~ /\[INFO\] 2 notices checked: 12 errors, 4 warnings, 2 unchanged since adopted left out \(\d+ ms\); checklist: the default checklist/ : summary
assert log.contains('12 errors in 2 incident notices; fix them or see the report in')
// the reports hold only the notices checked
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
assert json.notices*.file == ['incidents/2026-01-20-invoices.md', 'incidents/2026-03-04-login.md']
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'

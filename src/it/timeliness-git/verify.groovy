def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] \d+ notices checked: /)
assert runs.length == 3 : 'two runs: ' + runs.length
def timely = { String run -> run.readLines().findAll { it =~ /\[(stale-update|late-admission|left-open|resolved-without-time)\]/ } }

assert timely(runs[0]) == [
    '[WARNING] incidents/2026-03-01-uploads.md:4:1: [left-open] still ongoing 19 days after it started (08:00 UTC on 1 March); the checklist expects a notice to be closed within 14 days. Resolve it (with the time it ended), or post an update saying why it is still open and waive left-open with that reason.',
    '[WARNING] incidents/2026-03-02-checkout.md:4:1: [left-open] still ongoing 18 days after it started (09:12 UTC on 2 March); the checklist expects a notice to be closed within 14 days. Resolve it (with the time it ended), or post an update saying why it is still open and waive left-open with that reason.',
    '[WARNING] incidents/2026-03-02-checkout.md:6:1: [stale-update] promised an update by 10:00 UTC on 2 March; the last update is from 09:12. Post the update you promised (with the time of the next one), or resolve the notice if it is over.',
    '[WARNING] incidents/2026-03-02-search.md:3:1: [late-admission] the first notice came 3 h 5 min after the incident started (started 09:14 UTC on 2 March, first committed 12:19); for a major incident the checklist expects one within 1 h. Say in the notice why it came late, or waive late-admission with the reason.',
] : timely(runs[0]).join('\n')
assert timely(runs[1]) == [] : timely(runs[1]).join('\n')

// the JSON report carries them like any finding
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
assert json.notices.every { n -> n.findings.every { !(it.rule in ['stale-update', 'late-admission', 'left-open']) } } : 'the second run wrote the report'
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'

def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'incidents/2026-03-02-checkout-eu.md').text
def next = new File(basedir, 'incidents/2026-03-02-checkout-eu-resolved.md')
// the fix and the prevention are stated under headings of the notice's own: the check reads them by meaning, so the
// resolved stage adds no section for them (nor for anything else: the text states all the stage needs)
assert next.text == source.replace('status: monitoring', 'status: resolved')
        .replace('severity: minor\n', 'severity: minor\nresolvedWhen: 2026-03-02T11:02:00Z\n')
assert log.contains('[INFO] Wrote incidents/2026-03-02-checkout-eu-resolved.md (incident, resolved, 0 guides to replace).')
assert log.contains('[INFO] The text already states what the resolved stage needs; review it, then run: mvn incident-notice:check -Dincident-notice.notice=incidents/2026-03-02-checkout-eu-resolved.md')
assert !log.contains('Replace every TODO line')
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 0 warnings \(\d+ ms\)/
assert !log.contains('at io.github.incidentnotice') : 'no stack trace from the plugin'

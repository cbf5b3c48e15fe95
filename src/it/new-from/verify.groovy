def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'incidents/2026-03-02-checkout-eu.md')
def original = source.text
assert original.contains('status: identified   # we know the cause') : 'the source notice is never changed'
def next = new File(basedir, 'incidents/2026-03-02-checkout-eu-resolved.md')
assert next.isFile()
def body = original.substring(original.indexOf('\n---\n') + 5)
// what the check finds missing at the resolved stage gets a guide: prevention and the credit; the check reads the
// kept text as stating the fix already, so none is asked for
assert next.text == '''---
title: Checkout failed for EU customers
date: 2026-03-02T09:14:00Z
status: resolved
kind: incident
severity: major
personal-data: false
affected: [Checkout API]
resolvedWhen: 2026-03-02T11:02:00Z
---
''' + body + '''
## What we're doing so it doesn't happen again
TODO (prevention): Concrete follow-up actions of the team's own that keep it from happening again, each with an owner or a date ("we will look into it" is not prevention).

## Service credits
TODO (make-good): A credit, refund or other compensation where an SLA was broken.
'''
assert log.contains('[INFO] Wrote incidents/2026-03-02-checkout-eu-resolved.md (incident, resolved, 2 guides to replace).')
assert log.contains('then run: mvn incident-notice:check -Dincident-notice.notice=incidents/2026-03-02-checkout-eu-resolved.md')

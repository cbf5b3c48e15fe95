def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'incidents/2026-05-01-customer-e-mail-addresses-exposed.md')
def text = file.text
assert text.startsWith('''---
title: Customer e-mail addresses exposed
date: 2026-05-01T00:00:00Z
status: resolved
kind: incident
severity: critical
personal-data: true
---
''')
def headings = text.readLines().findAll { it.startsWith('## ') }
assert headings == ['## What happened', '## Who was affected', '## What you need to do', '## What we did to fix it',
        "## What we're doing so it doesn't happen again", '## Thank you', '## Service credits', '## What data was affected']
// owning the problem and the apology open the notice, as two paragraphs of their own
assert text.contains('''---

TODO (admission): The notice owns the problem; it says plainly what went wrong for customers and takes responsibility, even when a vendor was involved.

TODO (apology): An apology to the people affected, saying what for, without hedging ("for any inconvenience" is not one).

## What happened
''')
assert text.endsWith('''## What data was affected
TODO (breach-details): Where personal data was involved, what data, the likely consequences, the measures taken, and a contact point (GDPR Art. 34).
''')
assert log.contains('[INFO] Wrote incidents/2026-05-01-customer-e-mail-addresses-exposed.md (incident, resolved, 10 guides to replace).')

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
assert headings == ['## Admission', '## Apology', '## What happened', '## Impact', '## What You Can Do',
        '## Resolution', '## Action items', '## Thanks', '## Compensation', '## What user data has been accessed']
assert text.endsWith('''## What user data has been accessed
TODO: Where personal data was involved, what data, the likely consequences, the measures taken, and a contact point (GDPR Art. 34).
''')
assert log.contains('[INFO] Wrote incidents/2026-05-01-customer-e-mail-addresses-exposed.md (incident, resolved, 10 guides to replace).')

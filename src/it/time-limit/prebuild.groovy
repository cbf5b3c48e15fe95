// forty notices, more than a millisecond of processor time can check
def dir = new File(basedir, 'incidents')
dir.mkdirs()
(1..40).each { n ->
    def day = String.format('%02d', (n % 28) + 1)
    new File(dir, String.format('2026-05-%s-exports-%02d.md', day, n)).text = """---
title: Data exports stalled (${n})
date: 2026-05-${day}T09:00:00Z
status: resolved
resolvedWhen: 2026-05-${day}T12:40:00Z
---
We are sorry: for three hours your data exports did not start, and that is on us.

A queue setting we changed that morning capped the export workers at zero; this was our mistake.

Every export requested between 09:10 and 12:20 UTC waited, about 1,900 exports in all.

You do not need to do anything: every waiting export has now been delivered.

We restored the worker limit at 12:20 UTC and the queue drained by 12:40.

By 30 June the platform team will add an alert on an export queue that stops draining.

Thank you for your patience, and to everyone who wrote in.
"""
}
return true

// Many notices per module, so that four threads really overlap: variations of a good and a bad notice.
import java.nio.file.Files

def good = { n -> """---
title: Search was down for EU customers ($n)
date: 2026-02-11T08:05:00Z
status: resolved
---
We are sorry: for over an hour many of you in Europe could not search the catalogue.
A configuration change we deployed at 08:00 UTC removed the EU search index from the cluster.

From 08:05 to 09:20 UTC about ${n}% of EU search requests failed.

You do not need to do anything: saved searches were kept.

We rolled back the change at 09:10 UTC and rebuilt the EU search cache.

By 25 February the search team will add a canary stage that stops a faulty index before it ships.

Thank you for your patience.
""" }
def bad = { n -> """---
title: Login errors ($n)
date: 2026-03-10T14:00:00Z
status: ${n % 3 == 0 ? 'investigating' : 'resolved'}
---
Some users may have experienced issues logging in this afternoon.

The problem was caused by an outage at our identity provider and was beyond our control.

Service is back to normal. We apologize for any inconvenience.
""" }
['alpha/incidents': 40, 'beta/incidents': 40, 'shared-notices': 80].each { dir, count ->
    def d = new File(basedir, dir)
    d.mkdirs()
    (1..count).each { n ->
        def f = new File(d, String.format('%03d-notice.md', n))
        if (!f.exists()) {
            f.text = n % 2 == 0 ? good(n) : bad(n)
        }
    }
}
return true

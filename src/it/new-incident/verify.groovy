def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'incidents/2026-03-02-checkout-failed-for-eu-customers.md')
assert file.isFile() : 'the notice directory is created and the notice written'
assert file.text == '''---
title: Checkout failed for EU customers
date: 2026-03-02T09:14:00Z
status: investigating
kind: incident
severity: major
personal-data: false
---

TODO (admission): The notice owns the problem; it says plainly what went wrong for customers and takes responsibility, even when a vendor was involved.

TODO (apology): An apology to the people affected, saying what for, without hedging ("for any inconvenience" is not one).

## What happened
TODO (what-happened): What happened, as far as it is known (the cause or chain of events), and what is not known yet; for maintenance, what work is done.

## Who was affected
TODO (impact): Who and what was affected, how, and for how long, concretely (services, regions, times, counts); for maintenance, the window and what is unavailable.

## What you need to do
TODO (customer-action): What customers must do now (retry, rotate a key, contact support), or a plain statement that they need do nothing.

## Thank you
TODO (thanks): Thanks to customers for their patience, reports or understanding.

## Next update
TODO (next-update): When the next update will come (a time or an interval).
'''
assert log.contains('[INFO] Wrote incidents/2026-03-02-checkout-failed-for-eu-customers.md (incident, investigating, 7 guides to replace).')
assert log.contains('[INFO] Replace every TODO line with the real text, then run: mvn incident-notice:check -Dincident-notice.notice=incidents/2026-03-02-checkout-failed-for-eu-customers.md')
assert !log.contains('[WARNING] incidents/') : 'every guide line is reported as a placeholder'

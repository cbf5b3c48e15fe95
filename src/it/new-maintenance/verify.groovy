def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'status/notices/2026-04-08-database-upgrade-on-8-april.md')
assert file.isFile()
assert file.text == '''---
title: Database upgrade on 8 April
date: 2026-04-08T22:00:00Z
status: scheduled
kind: maintenance
severity: minor
personal-data: false
---

## What happened
TODO (what-happened): What happened, as far as it is known (the cause or chain of events), and what is not known yet; for maintenance, what work is done.

## Who was affected
TODO (impact): Who and what was affected, how, and for how long, concretely (services, regions, times, counts); for maintenance, the window and what is unavailable.

## What you need to do
TODO (customer-action): What customers must do now (retry, rotate a key, contact support), or a plain statement that they need do nothing.
'''
assert log.contains('[INFO] Wrote status/notices/2026-04-08-database-upgrade-on-8-april.md (maintenance, scheduled, 3 guides to replace).')
assert log.contains('then run: mvn incident-notice:check -Dincident-notice.notice=status/notices/2026-04-08-database-upgrade-on-8-april.md')

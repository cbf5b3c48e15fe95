def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping the incident notice check (incident-notice.skip).')
assert log.contains('[INFO] Skipping the incident notice baseline (incident-notice.skip).')
assert !log.contains('notice checked')
assert !log.contains('Wrote ')
assert !new File(basedir, '.incident-notice-baseline.json').exists() : 'a skipped baseline writes nothing'
assert log.split('BUILD SUCCESS').length == 3 : 'both builds succeed'

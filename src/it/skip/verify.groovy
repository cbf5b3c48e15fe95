def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping the incident notice check (incident-notice.skip).')
assert !log.contains('notice checked')
assert log.contains('BUILD SUCCESS')

def log = new File(basedir, 'build.log').text
assert log.contains('Invalid checklist .incident-checklist.yml: not a regular file -> [Help 1]')
assert !log.contains('notice checked') : 'no notice is checked against a checklist the team did not mean'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace for a broken checklist'

def log = new File(basedir, 'build.log').text
assert log.contains("Invalid checklist .incident-checklist.yml:5:26: unknown level 'fatal'; allowed: error, warning, off")
assert !log.contains('notice checked') : 'the checklist is validated before any notice is checked'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace for a broken checklist'

// a team checklist is untrusted YAML too: a Java tag is refused at its line and constructs nothing
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid checklist .incident-checklist.yml:5:14: invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.FileOutputStream")
assert !new File(basedir, 'pwned.txt').exists()
assert !log.contains('notices checked') : 'no notice is checked with a broken checklist'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
return true

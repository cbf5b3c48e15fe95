def log = new File(basedir, 'build.log').text
assert !log.contains('[missing-make-good]') : 'make-good is waived'
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 0 warnings, 1 waiver \(\d+ ms\)/
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
assert json.checklist == 'default'
assert json.notices[0].elements['make-good'] == 'waived'
assert json.notices[0].verdict == 'pass'
assert json.summary.waivers == 1

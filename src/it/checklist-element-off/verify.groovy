def log = new File(basedir, 'build.log').text
assert !log.contains('[missing-thanks]') : 'thanks is off in .incident-checklist.yml'
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 0 warnings \(\d+ ms\)/
assert log.contains('BUILD SUCCESS')

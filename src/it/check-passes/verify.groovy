def log = new File(basedir, 'build.log').text
assert log.readLines().any { it ==~ /\[INFO\] 1 notice checked: 0 errors, 0 warnings \(\d+ ms\); checklist: the default checklist/ }
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] incidents/')
assert log.contains('BUILD SUCCESS')

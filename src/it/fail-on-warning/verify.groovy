def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] incidents/2026-03-02-checkout.md:8:1: [missing-thanks] no thanks found in this incident notice (resolved): ')
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 1 warning \(\d+ ms\)/
assert log.contains('1 warning in incident notices and failOnWarning is set')

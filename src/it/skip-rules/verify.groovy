def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] Unknown rule 'missing-thank' in incident-notice.skipRules; known: front-matter, read-error, waiver, too-many-findings, missing-admission, missing-apology, missing-what-happened, missing-impact, missing-customer-action, missing-fix, missing-prevention, missing-thanks, missing-make-good, missing-next-update, missing-breach-details, non-apology, blame-shifting, vague-impact, placeholder, boilerplate-security, prevention-without-owner, empty-section")
assert !log.contains('[missing-thanks]')
assert !log.contains('[vague-impact]')
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 0 warnings \(\d+ ms\)/
assert log.contains('BUILD SUCCESS')

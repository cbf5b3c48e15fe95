def log = new File(basedir, 'build.log').text
def summaries = (log =~ /\[INFO\] (2 notices checked: .*)/).collect { it[1].replaceAll(/\(\d+ ms\)/, '(N ms)') }
assert summaries == [
    '2 notices checked: 8 errors, 3 warnings (N ms); checklist: the default checklist',
    '2 notices checked: 8 errors, 3 warnings, 2 from cache (N ms); checklist: the default checklist',
    '2 notices checked: 8 errors, 3 warnings (N ms); checklist: the default checklist',
] : summaries

// the findings are the same lines, in the same order, with and without the cache
def findings = log.readLines().findAll { it.contains('incidents/2026-03-10-login-errors.md:') }
assert findings.size() == 33 : findings.size()
assert findings[0..10] == findings[11..21]
assert findings[0..10] == findings[22..32]
// the timeliness warning is worked out on every run, the cached run too
assert findings[0].contains('[resolved-without-time]')
assert findings[10] == '[ERROR] incidents/2026-03-10-login-errors.md:10:31: [non-apology] "apologize for any inconvenience" is not an apology; say what you are sorry for and to whom, without "any" or "may have".'

assert new File(basedir, 'target/incident-notice/findings-cache.bin').length() > 100
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'
assert !log.contains('findings-cache.bin') : 'a torn cache is a debug line only'
assert !log.contains('BUILD FAILURE')

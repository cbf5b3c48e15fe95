def log = new File(basedir, 'build.log').text
def summaries = (log =~ /\[INFO\] (2 notices checked: .*)/).collect { it[1].replaceAll(/\(\d+ ms\)/, '(N ms)') }
assert summaries == [
    '2 notices checked: 7 errors, 1 warning (N ms)',
    '2 notices checked: 7 errors, 1 warning, 2 from cache (N ms)',
    '2 notices checked: 7 errors, 1 warning (N ms)',
] : summaries

// the findings are the same lines, in the same order, with and without the cache
def findings = log.readLines().findAll { it.contains('incidents/2026-03-10-login-errors.md:') }
assert findings.size() == 24 : findings.size()
assert findings[0..7] == findings[8..15]
assert findings[0..7] == findings[16..23]
assert findings[7] == '[ERROR] incidents/2026-03-10-login-errors.md:10:31: [non-apology] "apologize for any inconvenience" is not an apology; say what you are sorry for and to whom, without "any" or "may have".'

assert new File(basedir, 'target/incident-notice/findings-cache.bin').length() > 100
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'
assert !log.contains('findings-cache.bin') : 'a torn cache is a debug line only'
assert !log.contains('BUILD FAILURE')

def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG] incidents/2026-03-02-search.md: late-admission: cannot tell when the notice was first published: the project is not in a git repository (or git is not installed)')
assert !log.contains('[late-admission]')
// the checks that need no git still run
assert !log.contains('[resolved-without-time]')
assert log =~ /\[INFO\] 1 notice checked: \d+ errors, \d+ warnings/
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'

def log = new File(basedir, 'build.log').text
// a shallow clone's only commit adds every file: no late-admission from it, only a debug line saying why
assert log.contains('[DEBUG] clone/incidents/2026-03-02-search.md: late-admission: cannot tell when the notice was first published: the repository is a shallow clone (fetch its full history: git fetch --unshallow)')
assert !log.contains('[late-admission]')
assert log =~ /\[INFO\] 1 notice checked: \d+ errors, \d+ warnings/
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'

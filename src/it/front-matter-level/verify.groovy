def log = new File(basedir, 'build.log').text
// the team's checklist lowers a missing front matter to a warning: the build passes and says so
assert log.contains("[WARNING] incidents/2026-04-11-search-outage.md:1:1: [front-matter] the notice has no front matter: start it with '---', a title, date and status, and '---'")
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 1 warning \(\d+ ms\)/
assert !log.contains('[ERROR]')

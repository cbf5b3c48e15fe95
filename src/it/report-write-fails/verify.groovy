// the findings are printed before the reports are written: a report that cannot be written hides none of them
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] incidents/2026-03-10-login-errors.md:6:1: [missing-apology] no apology found in this incident notice (resolved): ')
assert log.contains('[ERROR] incidents/2026-03-10-login-errors.md:8:70: [blame-shifting] "beyond our control" puts the cause on someone else;')
assert log =~ /\[INFO\] 1 notice checked: 8 errors, 3 warnings \(\d+ ms\)/
assert log.contains('Cannot write the reports: the output directory report-out is a file, not a directory (incident-notice.outputDirectory).')
assert log.indexOf('[missing-apology]') < log.indexOf('Cannot write the reports')
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'

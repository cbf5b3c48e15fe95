def log = new File(basedir, 'build.log').text
def expected = [
    '[WARNING] incidents/2026-03-10-login-errors.md:4:1: [resolved-without-time] resolved, but the notice does not say when the problem ended; add resolvedWhen (such as resolvedWhen: 2026-03-02T11:02:00Z) to the front matter, or say in the text when service was restored ("resolved at 11:02 UTC").',
    '[ERROR] incidents/2026-03-10-login-errors.md:6:1: [missing-admission] no admission found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-10-login-errors.md:6:1: [missing-apology] no apology found in this incident notice (resolved): ',
    '[WARNING] incidents/2026-03-10-login-errors.md:6:1: [missing-customer-action] no customer-action found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-10-login-errors.md:6:1: [missing-fix] no fix found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-10-login-errors.md:6:1: [missing-impact] no impact found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-10-login-errors.md:6:1: [missing-prevention] no prevention found in this incident notice (resolved): ',
    '[WARNING] incidents/2026-03-10-login-errors.md:6:1: [missing-thanks] no thanks found in this incident notice (resolved): ',
    '[ERROR] incidents/2026-03-10-login-errors.md:6:12: [vague-impact] "may have experienced" is vague; say who was affected, how, and for how long (services, regions, times, counts).',
    '[ERROR] incidents/2026-03-10-login-errors.md:8:70: [blame-shifting] "beyond our control" puts the cause on someone else; own the problem for your customers (even when a vendor was involved) and say what you will do about it.',
    '[ERROR] incidents/2026-03-10-login-errors.md:10:31: [non-apology] "apologize for any inconvenience" is not an apology; say what you are sorry for and to whom, without "any" or "may have".',
]
expected.each { line -> assert log.contains(line) : "missing log line: " + line }
assert log =~ /\[INFO\] 1 notice checked: 8 errors, 3 warnings \(\d+ ms\)/
assert log.contains('8 errors in 1 incident notice; fix them or see the report in')
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin for a failing notice'

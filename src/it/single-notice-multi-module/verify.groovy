def lines = new File(basedir, 'build.log').readLines()
// the root and notices-us do not hold the notice: one line each, in each of the first two runs, and no check
['incidents/2026-03-02-checkout.md', 'notices-eu/incidents/2026-03-02-checkout.md'].each { given ->
    def skipped = "[INFO] Notice ${given} is not in this module's notice directory; nothing to check here (module notices-eu checks it).".toString()
    assert lines.count(skipped) == 2 : skipped
}
assert !lines.any { it.contains('2026-03-05-search.md') } : 'the other module checks none of its own notices'
assert !new File(basedir, 'notices-us/target/incident-notice').exists() : 'and writes no report'
// notices-eu checks it, named from the module, and fails the build on its error, in both runs
def finding = '[ERROR] incidents/2026-03-02-checkout.md:8:1: [missing-apology] no apology found in this incident notice (resolved): An apology to the people affected, saying what for, without hedging ("for any inconvenience" is not one). Say it in the text; for example: "We are sorry: for two hours you could not check out, and that is on us." Nothing in the notice came close.'
assert lines.count(finding) == 2
assert lines.count { it ==~ /\[INFO\] 1 notice checked: 1 error, 0 warnings \(\d+ ms\); checklist: the default checklist/ } == 2
assert lines.count { it.startsWith('[ERROR] Failed to execute goal') && it.contains(' on project notices-eu: 1 error in 1 incident notice; fix them or see the report in ') } == 2
assert !lines.any { it.contains('2026-03-02-checkout.md does not exist') }
// a notice no module has: the one-line error, with the path as given
def missing = lines.findAll { it.contains('does not exist') }
assert missing.size() == 1 : missing
assert missing[0].endsWith(' on project single-notice-multi-module: The notice incidents/2026-09-09-missing.md does not exist (incident-notice.notice). -> [Help 1]') : missing[0]
assert !lines.any { it.contains('at io.github.incidentnotice') } : 'no stack trace from the plugin'

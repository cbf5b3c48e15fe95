def lines = new File(basedir, 'build.log').readLines()
def error = lines.findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert error.size() == 1 : error
assert error[0].endsWith(': Several modules run the incident notice check, so it is not clear where the notice belongs:'
        + ' notices-eu (notices-eu/incidents), notices-us (services/notices-us/incidents); choose one with -pl notices-eu'
        + ' or -Dincident-notice.noticeDirectory=notices-eu/incidents. -> [Help 1]') : error[0]
assert !new File(basedir, 'incidents').exists() : 'nothing is written when the module is not clear'
// -pl names the module: the notice is written there, and the path is shown from where Maven was run
def name = 'services/notices-us/incidents/2026-03-02-checkout-failed-for-eu-customers.md'
assert new File(basedir, name).isFile()
assert lines.contains('[INFO] Wrote ' + name + ' (incident, investigating, 7 guides to replace) in the notice directory of module notices-us, which its check reads.')
// the directory given on the command line is where it goes
def eu = 'notices-eu/incidents/2026-03-02-checkout-failed-for-eu-customers.md'
assert lines.contains('[INFO] Wrote ' + eu + ' (incident, investigating, 7 guides to replace).')
assert new File(basedir, 'notices-eu/incidents').list().toList().sort() == ['2026-02-10-checkout.md', '2026-03-02-checkout-failed-for-eu-customers.md']
assert !lines.any { it.contains('at io.github.incidentnotice') } : 'no stack trace from the plugin'

def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'incidents')
assert dir.list().toList().sort() == [
        '2026-03-02-c-windows-system32-evil.md',
        '2026-03-02-etc-cron-d-evil.md',
        '2026-03-02-login-errors-2j-status-resolved.md',
        '2026-03-02-tmp-evil.md',
        '2026-03-02-zahlungsstorung-strasse-and-cafe-aero-lodz-a-very-long.md',
]
dir.listFiles().each { f -> assert f.name ==~ /[a-z0-9-]+\.md/ }
// nothing was written anywhere else in the project
def others = []
basedir.eachFileRecurse { f -> if (f.isFile() && !f.path.startsWith(dir.path)) others << basedir.toPath().relativize(f.toPath()).toString() }
assert others.sort() == ['absolute.properties', 'accents.properties', 'blank.properties', 'build.log', 'control.properties',
        'dotdot.properties', 'drive.properties', 'invoker.properties', 'pom.xml', 'verify.groovy']
assert !new File('/tmp/evil.md').exists() && !new File('/tmp/evil').exists()
// control characters never reach the front matter: the title stays one YAML line
def control = new File(dir, '2026-03-02-login-errors-2j-status-resolved.md').text
assert control.startsWith("---\ntitle: 'Login errors [2J --- status: resolved'\ndate: 2026-03-02T00:00:00Z\nstatus: investigating\n")
assert log.contains('The notice needs a title: -Dincident-notice.title="Checkout failed for EU customers"')
assert !log.contains('at io.github.incidentnotice') : 'no stack trace from the plugin'

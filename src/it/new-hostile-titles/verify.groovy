def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'incidents')
assert dir.list().toList().sort() == [
        '2026-03-02-c-windows-system32-evil.md',
        '2026-03-02-etc-cron-d-evil.md',
        '2026-03-02-login-errors-2j-status-resolved.md',
        '2026-03-02-notice.md',
        '2026-03-02-tmp-evil.md',
        '2026-03-02-zahlungsstorung-strasse-and-cafe-aero-lodz-a-very-long.md',
]
dir.listFiles().each { f -> assert f.name ==~ /[a-z0-9-]+\.md/ }
// nothing was written anywhere else in the project
def others = []
basedir.eachFileRecurse { f -> if (f.isFile() && !f.path.startsWith(dir.path)) others << basedir.toPath().relativize(f.toPath()).toString() }
assert others.sort() == ['absolute.properties', 'accents.properties', 'blank.properties', 'build.log', 'cjk.properties', 'control.properties',
        'dotdot.properties', 'drive.properties', 'invoker.properties', 'pom.xml', 'verify.groovy']
assert !new File('/tmp/evil.md').exists() && !new File('/tmp/evil').exists()
// control characters never reach the front matter: the title stays one YAML line
def control = new File(dir, '2026-03-02-login-errors-2j-status-resolved.md').text
assert control.startsWith("---\ntitle: 'Login errors [2J --- status: resolved'\ndate: 2026-03-02T00:00:00Z\nstatus: investigating\n")
assert log.contains('The notice needs a title: -Dincident-notice.title="Checkout failed for EU customers"')
assert !log.contains('at io.github.incidentnotice') : 'no stack trace from the plugin'
// a title of CJK alone: the fallback name is said when written, and again when a second such title collides with it
assert log.contains('[WARNING] The notice incidents/2026-03-02-notice.md: the title has no letters or digits usable in a file name (a-z, 0-9, or letters with an ASCII form), so the file is named 2026-03-02-notice.md; rename it to say what it is about.')
assert log.contains('[ERROR] Failed to execute goal io.github.incidentnotice:incident-notice-maven-plugin:')
assert log.contains('The notice incidents/2026-03-02-notice.md already exists and was left unchanged. Choose another title (incident-notice.title), or start its next stage with -Dincident-notice.from=incidents/2026-03-02-notice.md. Note: the title has no letters or digits usable in a file name (a-z, 0-9, or letters with an ASCII form), so the file is named 2026-03-02-notice.md, as is any such title of that day; add a word in Latin letters to the title.')

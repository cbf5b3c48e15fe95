def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'incidents/2026-03-10-login-errors.md')
assert file.bytes == ('---\ntitle: Login errors\ndate: 2026-03-10T14:00:00Z\nstatus: resolved\n---\n'
        + 'The text a person wrote, which must survive.\n').getBytes('UTF-8') : 'the existing notice is left byte for byte'
assert new File(basedir, 'incidents').list().toList() == ['2026-03-10-login-errors.md']
assert log.contains('The notice incidents/2026-03-10-login-errors.md already exists and was left unchanged. Choose another title '
        + '(incident-notice.title), or start its next stage with -Dincident-notice.from=incidents/2026-03-10-login-errors.md')
assert !log.contains('at io.github.incidentnotice') : 'no stack trace from the plugin'

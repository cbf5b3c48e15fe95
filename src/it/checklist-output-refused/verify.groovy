import java.nio.file.Files
import java.nio.file.Path

def log = new File(basedir, 'build.log').text
Path base = basedir.toPath()
def notice = base.resolve('incidents/2026-03-02-checkout.md')

assert log.contains('Refusing to write the checklist to out.yml: it is a symbolic link; name a new file (incident-notice.output).')
assert log.contains('Refusing to overwrite team.yml: it exists; name a new file, or set incident-notice.force=true to replace it (incident-notice.output).')
assert log.contains('Refusing to write the checklist to incidents/2026/checklist.yml: it is under the notice directory; write it elsewhere (incident-notice.output).')
assert log.contains('[INFO] Wrote the effective checklist to team.yml (extends: none; use it as .incident-checklist.yml to start from it).')

assert Files.isSymbolicLink(base.resolve('out.yml')) : 'the link is left as it was'
assert Files.readString(notice).startsWith('---\n') && !Files.readString(notice).contains('extends: none') : 'the notice was not written through the link'
assert !Files.exists(base.resolve('incidents/2026')) : 'nothing written under the notice directory'
assert Files.readString(base.resolve('team.yml')).contains('\nextends: none\n') : 'forced: replaced'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace for a refused output'

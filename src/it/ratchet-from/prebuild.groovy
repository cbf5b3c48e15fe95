// the team's notices committed before the check was adopted (tag "adopted"); since then one notice edited and
// committed, and one new notice written but not yet added: only those two are checked
def git(String... args) {
    def p = (['git'] + (args as List)).execute(null, basedir)
    def out = new StringBuilder()
    p.waitForProcessOutput(out, out)
    assert p.exitValue() == 0 : "git ${args}: ${out}"
}
git('init', '-q')
git('config', 'user.name', 'Support Lead')
git('config', 'user.email', 'support@example.com')
git('config', 'commit.gpgsign', 'false')
git('add', 'pom.xml', 'invoker.properties', 'prebuild.groovy', 'verify.groovy', 'incidents')
git('commit', '-q', '-m', 'notices written before the check')
git('tag', 'adopted')
def after = new File(basedir, 'after')
new File(basedir, 'incidents/2026-01-20-invoices.md').bytes = new File(after, '2026-01-20-invoices.md').bytes
git('commit', '-q', '-am', 'invoices: a note for later')
new File(basedir, 'incidents/2026-03-04-login.md').bytes = new File(after, '2026-03-04-login.md').bytes
return true

// a repository of notices as a team keeps it: each notice committed when it was first published
def git(String date, String... args) {
    def env = System.getenv().collect { k, v -> "$k=$v" }
    if (date != null) {
        env += ["GIT_AUTHOR_DATE=$date", "GIT_COMMITTER_DATE=$date"]
    }
    def p = (['git'] + (args as List)).execute(env, basedir)
    def out = new StringBuilder()
    p.waitForProcessOutput(out, out)
    assert p.exitValue() == 0 : "git ${args}: ${out}"
}
git(null, 'init', '-q')
git(null, 'config', 'user.name', 'Support Lead')
git(null, 'config', 'user.email', 'support@example.com')
git(null, 'config', 'commit.gpgsign', 'false')
git(null, 'add', 'pom.xml', 'invoker.properties', 'prebuild.groovy', 'verify.groovy')
git('2026-02-01T00:00:00Z', 'commit', '-q', '-m', 'project')
git(null, 'add', 'incidents/2026-03-01-uploads.md')
git('2026-03-01T08:10:00Z', 'commit', '-q', '-m', 'uploads are slow')
git(null, 'add', 'incidents/2026-03-02-checkout.md')
git('2026-03-02T09:20:00Z', 'commit', '-q', '-m', 'checkout errors')
// the search outage was announced three hours late
git(null, 'add', 'incidents/2026-03-02-search.md')
git('2026-03-02T12:19:00Z', 'commit', '-q', '-m', 'search outage')
return true

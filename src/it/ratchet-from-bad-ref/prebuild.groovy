// a repository without the ref the build names
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
git('add', '.')
git('commit', '-q', '-m', 'notices')
return true

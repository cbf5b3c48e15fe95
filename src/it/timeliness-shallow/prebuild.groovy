// the notices' history in origin/, and a shallow clone of it in clone/ (as CI checks out with fetch-depth 1)
def git(File dir, String date, String... args) {
    def env = System.getenv().collect { k, v -> "$k=$v" }
    if (date != null) {
        env += ["GIT_AUTHOR_DATE=$date", "GIT_COMMITTER_DATE=$date"]
    }
    def p = (['git'] + (args as List)).execute(env, dir)
    def out = new StringBuilder()
    p.waitForProcessOutput(out, out)
    assert p.exitValue() == 0 : "git ${args}: ${out}"
}
def origin = new File(basedir, 'origin')
new File(origin, 'incidents').mkdirs()
git(origin, null, 'init', '-q')
git(origin, null, 'config', 'user.name', 'Support Lead')
git(origin, null, 'config', 'user.email', 'support@example.com')
git(origin, null, 'config', 'commit.gpgsign', 'false')
new File(origin, 'incidents/2026-03-02-search.md').text = '''---
title: Search returned no results
date: 2026-03-02T09:14:00Z
status: resolved
severity: major
resolvedWhen: 2026-03-02T11:40:00Z
---
We are sorry: from 09:14 to 11:40 UTC search returned no results for every customer.
'''
git(origin, null, 'add', '.')
git(origin, '2026-03-02T12:19:00Z', 'commit', '-q', '-m', 'search outage, three hours late')
new File(origin, 'README.md').text = 'notices\n'
git(origin, null, 'add', '.')
git(origin, '2026-03-03T08:00:00Z', 'commit', '-q', '-m', 'readme')
git(basedir, null, 'clone', '-q', '--depth', '1', 'file://' + origin.absolutePath, 'clone')
return true

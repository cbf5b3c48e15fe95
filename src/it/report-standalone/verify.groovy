// the report goal on its own writes the page as the standalone HTML report, and never fails the build
def page = new File(basedir, 'target/site/incident-notices.html')
assert page.isFile() : 'no target/site/incident-notices.html'
def html = page.text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('incidents/2026-03-10-login-errors.md')
assert html.contains('incidents/2026-03-02-checkout.md')
assert html.contains('"apologize for any inconvenience" is not an apology') || html.contains('&quot;apologize for any inconvenience&quot; is not an apology')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Wrote ' + page.path)
assert log.contains('BUILD SUCCESS')

// the report goal on its own writes the page as the standalone HTML report, and never fails the build
def page = new File(basedir, 'target/site/incident-notices.html')
assert page.isFile() : 'no target/site/incident-notices.html'
def html = page.text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('incidents/2026-03-10-login-errors.md')
assert html.contains('incidents/2026-03-02-checkout.md')
assert html.contains('"apologize for any inconvenience" is not an apology') || html.contains('&quot;apologize for any inconvenience&quot; is not an apology')

// the log holds both invocations: the report alone checks both notices; after the check, it takes them from its cache
def log = new File(basedir, 'build.log').text
def alone = log.indexOf('[INFO] Wrote ' + page.path + ' (2 notices, 0 from the check\'s cache)')
def check = log.indexOf('[INFO] 2 notices checked: 8 errors, 3 warnings (')
def again = log.indexOf('[INFO] Wrote ' + page.path + ' (2 notices, 2 from the check\'s cache)')
assert alone >= 0 && check > alone && again > check : log
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')

// the check's default formats: JSON and SARIF, nothing else
def out = new File(basedir, 'target/incident-notice')
assert new File(out, 'incident-notice.json').isFile()
assert new File(out, 'incident-notice.sarif').isFile()
assert !new File(out, 'incident-notice-junit.xml').exists()
assert !new File(out, 'incident-notice.html').exists()

// mvn site has an "Incident notices" page with the counts, the notices worst first and their findings
def page = new File(basedir, 'target/site/incident-notices.html')
assert page.isFile() : 'the site has no incident-notices.html'
def html = page.text
assert html.contains('<title>') && html =~ /<title>[^<]*Incident notices[^<]*<\/title>/
def counts = html.replaceAll(/>\s+</, '><')
assert counts.contains('<th>Notices</th><th>Passed</th><th>Failed</th><th>Errors</th><th>Warnings</th><th>Waivers</th>')
assert counts.contains('<td>2</td><td>1</td><td>1</td><td>8</td><td>3</td><td>0</td>')
// each notice headed by its verdict, title and date, worst first, with its file beneath
def failing = html.indexOf('FAIL: Login errors (2026-03-10 14:00 UTC)')
def passing = html.indexOf('PASS: Checkout failed for EU customers (2026-03-02 09:14 UTC)')
assert failing >= 0 && passing > failing : 'notices headed by title and date, worst first'
assert html.indexOf('incidents/2026-03-10-login-errors.md', failing) < passing : 'the file under its heading'
assert html.contains('&#x2713; admission present') || html.contains('\u2713 admission present')
assert html.contains('&quot;apologize for any inconvenience&quot; is not an apology') || html.contains('"apologize for any inconvenience" is not an apology')
// the site's own look: the page sits in the site's template with its navigation
def index = new File(basedir, 'target/site/project-reports.html')
assert index.isFile() && index.text.contains('incident-notices.html')

import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// every report is written although the build fails
def out = new File(basedir, 'target/incident-notice')
['incident-notice.json', 'incident-notice.sarif', 'incident-notice-junit.xml', 'incident-notice.html'].each {
    assert new File(out, it).isFile() : "missing report $it"
}
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] 2 notices checked: 8 errors, 3 warnings \(\d+ ms\)/
assert log.contains('8 errors in 1 incident notice; fix them or see the report in')

// SARIF: one run, every rule, results located relative to the repository root
def sarif = new JsonSlurper().parse(new File(out, 'incident-notice.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'incident-notice-maven-plugin'
assert run.tool.driver.version == '0.1.0-SNAPSHOT'
def ruleIds = run.tool.driver.rules*.id
assert ruleIds.containsAll(['front-matter', 'missing-apology', 'missing-breach-details', 'non-apology', 'placeholder'])
assert run.results.size() == 11
def nonApology = run.results.find { it.ruleId == 'non-apology' }
assert nonApology.level == 'error'
assert ruleIds[nonApology.ruleIndex] == 'non-apology'
def location = nonApology.locations[0].physicalLocation
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
// the IT project sits inside the plugin's own repository, so its path there comes first
assert location.artifactLocation.uri.endsWith('reports-all-formats/incidents/2026-03-10-login-errors.md')
assert !location.artifactLocation.uri.startsWith('/')
assert location.region.startLine == 10 && location.region.startColumn == 31
assert nonApology.partialFingerprints.values()[0] ==~ /[0-9a-f]{32}/
assert run.results.find { it.ruleId == 'missing-thanks' }.level == 'warning'
def timely = run.results.find { it.ruleId == 'resolved-without-time' }
assert timely.level == 'warning' && timely.locations[0].physicalLocation.region.startLine == 4
assert run.tool.driver.rules.find { it.id == 'resolved-without-time' }.properties.tags == ['incident-notice', 'timeliness']

// JUnit XML: one testcase per notice, one failure per error, the warning in system-out
def suite = new XmlSlurper().parse(new File(out, 'incident-notice-junit.xml'))
assert suite.name() == 'testsuite'
assert suite.@tests == '2' && suite.@failures == '1'
def bad = suite.testcase.find { it.@name == '2026-03-10-login-errors.md' }
assert bad.@classname == 'incidents'
assert bad.failure.size() == 8
assert bad.failure.find { it.@type == 'non-apology' }.text().startsWith('incidents/2026-03-10-login-errors.md:10:31: [non-apology] ')
assert bad.'system-out'.text().contains('[WARNING] incidents/2026-03-10-login-errors.md:6:1: [missing-thanks] ')
def good = suite.testcase.find { it.@name == '2026-03-02-checkout.md' }
assert good.@classname == 'incidents/eu' && good.failure.size() == 0

// HTML: the counts, worst first
def html = new File(out, 'incident-notice.html').text
assert html.contains('data-count="notices"><dt>Notices</dt><dd>2</dd>')
assert html.contains('data-count="failed"><dt>Failed</dt><dd>1</dd>')
assert html.contains('data-count="errors"><dt>Errors</dt><dd>8</dd>')
assert html.indexOf('incidents/2026-03-10-login-errors.md') < html.indexOf('incidents/eu/2026-03-02-checkout.md')
assert html.contains('resolved-without-time')
assert !html.contains('<script')

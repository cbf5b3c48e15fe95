import groovy.json.JsonSlurper

def report = new File(basedir, 'target/incident-notice/incident-notice.json')
assert report.isFile() : 'the JSON report is written even when the build fails'
def json = new JsonSlurper().parse(report)
assert json.tool == 'incident-notice-maven-plugin'
assert json.version == '0.1.0-SNAPSHOT'
assert json.checklist == 'default'
assert json.notices.size() == 2
def good = json.notices[0]
assert good.file == 'incidents/2026-03-02-checkout.md'
assert good.kind == 'incident' && good.stage == 'resolved' && good.personalData == false
assert good.verdict == 'pass'
assert good.elements.keySet() as List == ['admission', 'apology', 'what-happened', 'impact', 'customer-action', 'fix',
                                         'prevention', 'thanks', 'make-good', 'next-update', 'breach-details']
assert good.elements.admission == 'present' && good.elements.apology == 'present' && good.elements.prevention == 'present'
assert good.elements['make-good'] == 'absent'
assert good.findings == []
def bad = json.notices[1]
assert bad.file == 'incidents/2026-03-10-login-errors.md'
assert bad.verdict == 'fail'
def apology = bad.findings.find { it.rule == 'missing-apology' }
assert apology.element == 'apology' && apology.level == 'error' && apology.line == 6 && apology.column == 1
def nonApology = bad.findings.find { it.rule == 'non-apology' }
assert nonApology.line == 10 && nonApology.column == 31 && nonApology.excerpt == 'apologize for any inconvenience'
assert json.summary.notices == 2
assert json.summary.errors == 8
assert json.summary.warnings == 3
assert bad.findings.find { it.rule == 'resolved-without-time' }.with { it.level == 'warning' && it.line == 4 && it.column == 1 && it.element == null }
assert json.summary.millis instanceof Number

// every present element is cited where the notice states it: its excerpt stands at its line and column
json.notices.each { n ->
    def lines = new File(basedir, n.file).readLines('UTF-8')
    n.elements.findAll { it.value == 'present' }.each { id, state ->
        def cited = n.evidence[id]
        assert cited != null : "${n.file}: no evidence for ${id}"
        assert lines[cited.line - 1].substring(cited.column - 1).startsWith(cited.excerpt) : "${n.file}: ${id} ${cited}"
    }
}
assert good.evidence.apology == [line: 8, column: 1,
        excerpt: 'We are sorry: for almost two hours many of you in Europe could not pay for your orders.']
assert good.evidence.prevention.line == 17
// defects found are cited too, at their first place
assert bad.evidence['non-apology'] == [line: 10, column: 31, excerpt: 'apologize for any inconvenience.']

import groovy.json.JsonSlurper

// a missing element names what came closest and why it did not count, at its line, in every output
def log = new File(basedir, 'build.log').text
def file = 'incidents/2026-06-11-invoices-late.md'
[
    "[ERROR] ${file}:7:1: [missing-apology] no apology found in this incident notice (resolved): An apology to the people affected, saying what for, without hedging (\"for any inconvenience\" is not one). Say it in the text; for example: \"We are sorry: for two hours you could not check out, and that is on us.\" Closest: line 7 \"We apologize for any inconvenience this may have caused.\" (\"for any inconvenience\" is wording the checklist does not count as apology).",
    "[ERROR] ${file}:7:1: [missing-prevention] no prevention found in this incident notice (resolved): Concrete follow-up actions of the team's own that keep it from happening again, each with an owner or a date (\"we will look into it\" is not prevention). Add a \"## Action items\" section or say it in the text; for example: \"By 15 March the platform team will add a pre-deploy check that blocks removing a database from the pool.\" Closest: the section \"Next steps\" at line 17 (there is no text under it).",
    "[WARNING] ${file}:7:1: [missing-thanks] no thanks found in this incident notice (resolved): Thanks to customers for their patience, reports or understanding. Add a \"## Thanks\" section or say it in the text; for example: \"Thank you for your patience, and to everyone who reported the problem.\" Nothing in the notice came close.",
    // a heading with nothing under it: empty, and no candidate for prevention (a placeholder under it would be
    // the one finding, naming prevention: see new-then-check)
    "[ERROR] ${file}:17:4: [empty-section] the section \"Next steps\" is empty; write what belongs there or remove the heading.",
].each { line ->
    assert log.readLines().contains(line.toString()) : "missing log line: ${line}"
}

def out = new File(basedir, 'target/incident-notice')
def json = new JsonSlurper().parse(new File(out, 'incident-notice.json'))
def findings = json.notices.find { it.file == file }.findings
assert findings.find { it.rule == 'missing-apology' }.closest == [line: 7, column: 1,
        excerpt: 'We apologize for any inconvenience this may have caused.',
        reason: '"for any inconvenience" is wording the checklist does not count as apology']
assert findings.find { it.rule == 'missing-prevention' }.closest == [line: 17, column: 4, excerpt: 'Next steps',
        reason: 'there is no text under it']
assert !findings.find { it.rule == 'missing-thanks' }.containsKey('closest')

def sarif = new JsonSlurper().parse(new File(out, 'incident-notice.sarif'))
def prevention = sarif.runs[0].results.find { it.ruleId == 'missing-prevention' && it.locations[0].physicalLocation.artifactLocation.uri.endsWith('invoices-late.md') }
assert prevention.relatedLocations.size() == 1
assert prevention.relatedLocations[0].physicalLocation.region.startLine == 17
assert prevention.relatedLocations[0].message.text == 'closest: there is no text under it'

def html = new File(out, 'incident-notice.html').text
assert html.contains('<span class="closest" data-closest-line="17">closest: line 17:4 <q>Next steps</q> (there is no text under it)</span>')
// said once: the message beside the span does not repeat it
assert !html.contains('Closest: the section')
assert html.contains('Add a &quot;## Action items&quot; section or say it in the text; for example: &quot;By 15 March the platform team will add a pre-deploy check that blocks removing a database from the pool.&quot;<span class="closest"')

// a prevention section that only promises to keep monitoring: its sentence is the closest, at its line, everywhere
def monitoring = 'incidents/2026-06-20-exports-stalled.md'
def monitoringLine = "[ERROR] ${monitoring}:7:1: [missing-prevention] no prevention found in this incident notice (resolved): Concrete follow-up actions of the team's own that keep it from happening again, each with an owner or a date (\"we will look into it\" is not prevention). Add a \"## Action items\" section or say it in the text; for example: \"By 15 March the platform team will add a pre-deploy check that blocks removing a database from the pool.\" Closest: line 21 \"We will keep monitoring the export queue closely.\" (\"We will keep monitoring\" is wording the checklist does not count as prevention)."
assert log.readLines().contains(monitoringLine.toString()) : "missing log line: ${monitoringLine}"
assert log.readLines().findAll { it.contains(monitoring) } == [monitoringLine.toString()] : 'only prevention is missing'
def exports = json.notices.find { it.file == monitoring }
assert exports.findings*.rule == ['missing-prevention']
assert exports.findings[0].closest == [line: 21, column: 1, excerpt: 'We will keep monitoring the export queue closely.',
        reason: '"We will keep monitoring" is wording the checklist does not count as prevention']
def exportsSarif = sarif.runs[0].results.find { it.ruleId == 'missing-prevention' && it.locations[0].physicalLocation.artifactLocation.uri.endsWith('exports-stalled.md') }
assert exportsSarif.relatedLocations[0].physicalLocation.region.startLine == 21
assert exportsSarif.relatedLocations[0].message.text == 'closest: "We will keep monitoring" is wording the checklist does not count as prevention'
assert html.contains('<span class="closest" data-closest-line="21">closest: line 21:1 <q>We will keep monitoring the export queue closely.</q> (&quot;We will keep monitoring&quot; is wording the checklist does not count as prevention)</span>')

def lines = new File(basedir, 'build.log').readLines()
def name = 'notices/published/2026-03-02-checkout-failed-for-eu-customers.md'
def file = new File(basedir, name)
assert file.isFile() : 'the notice is written into the notice directory the notices module checks'
assert !new File(basedir, 'incidents').exists() : 'nothing is written at the root'
assert !new File(basedir, 'notices/incidents').exists() : 'the configured directory, not the default one'
assert lines.contains('[INFO] Wrote ' + name + ' (incident, investigating, 7 guides to replace) in the notice directory of module notices, which its check reads.')
assert lines.contains('[INFO] Replace every TODO line with the real text, then run: mvn incident-notice:check -Dincident-notice.notice=' + name)
// the check of the notices module reads it: one placeholder at each guide line, named from the module, and nothing else
def guides = [10: 'admission', 12: 'apology', 15: 'what-happened', 18: 'impact', 21: 'customer-action', 24: 'thanks', 27: 'next-update']
guides.each { line, element ->
    def expected = "[ERROR] published/2026-03-02-checkout-failed-for-eu-customers.md:${line}:1: [placeholder] \"TODO\" is a placeholder; replace it with the real text before publishing. It is the guide for ${element}: ".toString()
    assert lines.any { it.startsWith(expected) } : 'missing log line: ' + expected
}
assert lines.count { it.contains('published/2026-03-02-checkout-failed-for-eu-customers.md:') && it.startsWith('[ERROR]') } == 7
assert !lines.any { it.contains('[missing-') } : 'a guide line is one finding, not also a missing element'

// new never overwrites, and says where the existing notice is
def text = file.text
assert lines.any { it.contains('The notice ' + name + ' already exists and was left unchanged. Choose another title (incident-notice.title), or start its next stage with -Dincident-notice.from=' + name) }
assert file.text == text
assert !lines.any { it.contains('at io.github.incidentnotice') } : 'no stack trace from the plugin'

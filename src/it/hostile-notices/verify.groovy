import groovy.json.JsonSlurper

// runs after each goal (invoker.properties): the notices are as they were, whatever the goal
def snapshot = evaluate(new File(basedir, 'snapshot.groovy'))
assert snapshot(basedir.toPath()) == new File(basedir, 'target-snapshot.before').text : 'a goal changed, moved or deleted a file'
assert !new File(basedir, 'pwned.txt').exists() : 'the !!java.io.FileOutputStream tag constructed nothing'

def log = new File(basedir, 'build.log').text
if (!log.contains('notices checked')) {
    return true // after the help goal
}
def expected = [
    '[ERROR] incidents/alias-bomb.md:2:1: [front-matter] invalid YAML: more than 20 aliases (an alias bomb?)',
    "[ERROR] incidents/ansi.md:3:1: [front-matter] unknown status '\\u001b[2J\\u001b[31mresolved'; allowed: ",
    '[ERROR] incidents/b-bad.md:10:31: [non-apology] "apologize for any inconvenience" is not an apology; ',
    '[ERROR] incidents/binary.md:3:1: [read-error] the file is binary (it contains NUL bytes), not a Markdown notice',
    '[ERROR] incidents/bom.md:10:31: [non-apology] "apologize for any inconvenience" is not an apology; ',
    '[ERROR] incidents/cr-only.md:8:70: [blame-shifting] "beyond our control" puts the cause on someone else; ',
    '[ERROR] incidents/cr-only.md:10:31: [non-apology] "apologize for any inconvenience" is not an apology; ',
    '[ERROR] incidents/crlf.md:8:70: [blame-shifting] "beyond our control" puts the cause on someone else; ',
    '[ERROR] incidents/crlf.md:10:31: [non-apology] "apologize for any inconvenience" is not an apology; ',
    '[ERROR] incidents/deep.md:2:1: [front-matter] invalid YAML: nested deeper than 50 levels',
    "[ERROR] incidents/duplicate-keys.md:4:1: [front-matter] duplicate key 'title' (first on line 2)",
    "[ERROR] incidents/empty.md:1:1: [front-matter] the notice is empty: start it with front matter ('---', title, date, status, '---') and its text",
    '[ERROR] incidents/huge.md:1:1: [read-error] the file is 20,480 kB, over the 512 kB limit for a notice; it is not read (is it really a notice?)',
    '[ERROR] incidents/java-tag.md:2:8: [front-matter] invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.FileOutputStream',
    '[ERROR] incidents/latin1.md:5:8: [read-error] the file is not valid UTF-8 (byte 0xE9); save it as UTF-8 or set <encoding> (incident-notice.encoding)',
    "[ERROR] incidents/list.md:2:1: [front-matter] the front matter is a list, not keys and values such as 'title: ...'",
    '[ERROR] incidents/long-line.md:5:1: [read-error] line 5 is 100,000 characters long, over the 20,000-character limit for a line of a notice; the notice is not checked (break the text into lines and paragraphs)',
    '[ERROR] incidents/loop.md:1:1: [read-error] this is a symbolic link loop: following it never reaches a file',
    '[ERROR] incidents/one-line.md:1:1: [read-error] the file is 977 kB, over the 512 kB limit for a notice; it is not read (is it really a notice?)',
    '[WARNING] incidents/outside.md:1:1: [read-error] this is a symbolic link to a file outside the notice directory; it is not read (move the notice into the directory instead)',
    "[ERROR] incidents/unclosed.md:1:1: [front-matter] the front matter opened on line 1 is never closed: add a line '---' after its last key",
    "[ERROR] incidents/year-99999.md:4:1: [front-matter] date '99999-01-01' is not a date; write it as 2026-03-02T09:14:00Z (time and zone optional)",
]
expected.each { line -> assert log.contains(line) : 'missing log line: ' + line }
assert !log.contains('incidents/a-good.md') : 'the good notice has no finding'
// 4 of the warnings: resolved-without-time on the copies of the bad login notice (b-bad, bom, cr-only, crlf);
// a notice whose front matter is in error draws no timeliness finding
assert log =~ /\[INFO\] 21 notices checked: 82 errors, 27 warnings \(\d+ ms\)/
assert log.contains('82 errors in 19 incident notices; fix them or see the report in')
assert !log.contains('\u001b') : 'no escape character reaches the console'
assert !log.contains('API_KEY') : 'nothing of a file outside the notice directory is printed'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'

def json = new JsonSlurper().parse(new File(basedir, 'target/incident-notice/incident-notice.json'))
def verdicts = json.notices.collectEntries { [(it.file): it.verdict] }
assert verdicts.size() == 21
assert verdicts['incidents/a-good.md'] == 'pass'
assert verdicts['incidents/outside.md'] == 'pass' : 'a link leading out is skipped with a warning'
assert verdicts.findAll { it.value == 'fail' }.size() == 19
assert json.notices.every { n -> n.findings.every { it.excerpt.length() <= 80 } }
return true

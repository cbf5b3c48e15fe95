// an MDX notice and an HTML blog export: findings in component and HTML text at their exact line and column,
// a generator date ("October 7, 2020 at 4:30 PM UTC") read without error, an ambiguous one a warning
def log = new File(basedir, 'build.log').text
def mdx = 'incidents/2025-01-02-sign-in-rollback.mdx'
def html = 'incidents/old-blog-export.md'
def expected = [
    "[ERROR] ${mdx}:5:1: [missing-apology] no apology found in this incident notice (resolved): ",
    "[ERROR] ${mdx}:5:1: [missing-prevention] no prevention found in this incident notice (resolved): ",
    "[ERROR] ${mdx}:10:102: [non-apology] \"apologize for any inconvenience\" is not an apology; say what you are sorry for and to whom, without \"any\" or \"may have\".",
    "[WARNING] ${html}:3:1: [front-matter] date '07-10-2020' could be 7 October 2020 or 10 July 2020; it is read as 7 October 2020 (day first, as Jekyll reads it); write it as 2020-10-07 to say which",
    "[ERROR] ${html}:7:1: [missing-prevention] no prevention found in this incident notice (resolved): ",
    "[ERROR] ${html}:11:15: [vague-impact] \"may have experienced\" is vague; say who was affected, how, and for how long (services, regions, times, counts).",
]
expected.each { line -> assert log.contains(line) : "missing log line: " + line }
// what is not text is never judged: the import, the export, the self-closing banner, the <code> content
assert !(log =~ /${mdx.replace('.', '\\.')}:[5-8]:\d+: \[(?!missing-)/) : 'a finding in the MDX import, export or banner lines'
assert !log.contains("${html}:11:50:") : 'the <code> content is read'
assert !log.contains('is not a date') : 'a date the site generator accepts is refused'
assert !log.contains("${html}:4:") : 'resolvedWhen in words is read'
assert log =~ /\[INFO\] 2 notices checked: 6 errors, 5 warnings \(\d+ ms\)/
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin for a failing notice'

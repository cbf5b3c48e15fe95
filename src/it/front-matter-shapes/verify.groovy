// Notices whose text stands in front-matter fields, Pelican header lines, JSON front matter or no front
// matter at all: every finding points at the line and column where its words stand.
def log = new File(basedir, 'build.log').text
def expected = [
    // YAML status entry: prose fields and an update list, kind and stage from status and type
    '[ERROR] incidents/2024-05-01-compute-nodes.md:8:26: [vague-impact] "may have experienced" is vague; ',
    '[ERROR] incidents/2024-05-01-compute-nodes.md:11:3: [non-apology] "apologize for any inconvenience" is not an apology; ',
    '[ERROR] incidents/2024-05-01-compute-nodes.md:21:1: [missing-apology] no apology found in this incident notice (resolved): ',
    '[ERROR] incidents/2024-05-01-compute-nodes.md:21:1: [missing-prevention] no prevention found in this incident notice (resolved): ',
    // Pelican header lines: the Summary's second line
    '[ERROR] incidents/2024-03-05-dns.md:5:14: [vague-impact] "may have experienced" is vague; ',
    '[ERROR] incidents/2024-03-05-dns.md:7:1: [missing-fix] no fix found in this incident notice (resolved): ',
    // JSON front matter: inside a string value
    '[ERROR] incidents/2024-02-01-search.md:5:64: [non-apology] "apologize for any inconvenience" is not an apology; ',
    '[ERROR] incidents/2024-02-01-search.md:7:1: [missing-apology] no apology found in this incident notice (resolved): ',
    // no front matter: still a finding, the opening heading is the title
    "[ERROR] incidents/2024-01-10-queue.md:1:1: [front-matter] the notice has no front matter: start it with '---', a title, date and status, and '---'",
    '[ERROR] incidents/2024-01-10-queue.md:1:1: [missing-what-happened] no what-happened found in this incident notice (resolved): ',
]
expected.each { line -> assert log.contains(line) : "missing log line: " + line }
// what the fields say is read: the update list's thanks and fix, the Pelican body's apology, the JSON impact
def unexpected = [
    'compute-nodes.md:21:1: [missing-thanks]',
    'compute-nodes.md:21:1: [missing-fix]',
    'compute-nodes.md:21:1: [missing-impact]',
    'dns.md:7:1: [missing-apology]',
    'dns.md:7:1: [missing-admission]',  // "A cache setting we changed ... was wrong" owns it
    'search.md:7:1: [missing-impact]',
    'search.md:7:1: [missing-what-happened]',
    '] is not a date',
]
unexpected.each { text -> assert !log.contains(text) : "unexpected log line: " + text }
assert log =~ /\[INFO\] 4 notices checked: 18 errors, 8 warnings \(\d+ ms\)/
assert !(log =~ /(?m)^\s+at io\.github\.incidentnotice/) : 'no stack trace from the plugin'

// explain=true with one notice: the notice's kind and stage, then one line per element with its decision and
// level, what decided it (rule: heading, rule: phrase or the model with its probability) at line:column, the
// sentence the model scores highest and the threshold
def lines = new File(basedir, 'build.log').readLines()
def expected = [
    '[INFO] Explain incidents/2026-07-01-uploads.md: incident, resolved (from the front matter)',
    '[INFO]   admission        present  error    rule: phrase 12:65 "our mistake."; model\'s best 12:1 p=0.35; threshold 0.54',
    '[INFO]   apology          present  error    rule: phrase 10:1 "We are sorry: for eighty minutes no customer could upload a file."; model\'s best 10:1 p=0.15; threshold 1.00 (the checklist\'s wording decides)',
    '[INFO]   what-happened    present  error    model 12:1 "A storage quota we lowered that morning was too small; this was our mistake." p=0.73; model\'s best 12:1 p=0.73; threshold 0.63',
    '[INFO]   impact           present  error    model 10:1 "We are sorry: for eighty minutes no customer could upload a file." p=0.35; model\'s best 10:1 p=0.35; threshold 0.34',
    '[INFO]   customer-action  present  warning  rule: phrase 16:5 "do not need to do anything: uploads that failed can simply be retried."; model\'s best 16:1 p=0.33; threshold 0.67',
    '[INFO]   fix              present  error    model 14:1 "We raised the quota again at 14:15 UTC and uploads worked at once." p=0.37; model\'s best 14:1 p=0.37; threshold 0.34',
    '[INFO]   prevention       absent   error    nothing came close; model\'s best 12:1 p=0.01; threshold 1.00 (the checklist\'s wording decides)',
    '[INFO]   thanks           absent   warning  nothing came close; model\'s best 18:1 p=0.01; threshold 1.00 (the checklist\'s wording decides)',
    '[INFO]   make-good        waived   off      waived in the front matter; no model (the checklist\'s wording decides)',
    '[INFO]   next-update      absent   off      nothing came close; no model (the checklist\'s wording decides)',
    '[INFO]   breach-details   absent   off      nothing came close; no model (the checklist\'s wording decides)',
]
expected.each { line -> assert lines.contains(line) : "missing log line: ${line}" }
// one line per element of the checklist, and only the notice given is explained
assert lines.count { it ==~ /\[INFO\]   [a-z-]+ +(present|absent|waived) .*/ } == 11
assert !lines.any { it.contains('2026-07-02-other.md') }
// the check itself is unchanged: its findings and verdict come as without explain
assert lines.contains('[ERROR] incidents/2026-07-01-uploads.md:18:4: [non-apology] "apologize for any inconvenience" is not an apology; say what you are sorry for and to whom, without "any" or "may have".')

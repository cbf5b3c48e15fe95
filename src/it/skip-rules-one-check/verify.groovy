// each rule id is one check: skipping missing-prevention leaves the owner-or-date warning, and skipping
// placeholder (the TODO at line 31) leaves the empty section
def lines = new File(basedir, 'build.log').readLines()
def file = 'incidents/2026-08-04-disk-full.md'
[
    "[WARNING] ${file}:27:3: [prevention-without-owner] 2 of 2 follow-up actions name no owner or date, starting with \"We will add disk-usage alerts to every database host.\"; say who will do each and by when (for example: \"By 15 March the platform team will ...\").",
    "[ERROR] ${file}:34:4: [empty-section] the section \"Notes\" is empty; write what belongs there or remove the heading.",
].each { line -> assert lines.contains(line.toString()) : "missing log line: ${line}" }
assert !lines.any { it.contains('[placeholder]') || it.contains('[missing-prevention]') }
assert lines.any { it ==~ /\[INFO\] 1 notice checked: 1 error, 1 warning \(\d+ ms\); checklist: the default checklist/ }

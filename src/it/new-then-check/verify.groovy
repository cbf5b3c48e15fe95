def log = new File(basedir, 'build.log').text
def name = 'incidents/2026-03-02-checkout-failed-for-eu-customers.md'
// the untouched scaffold: one finding at each of the seven guide lines, column 1: the placeholder, naming the
// element the line is for and what to write there; no missing-<element> beside it
def placeholder = '"TODO" is a placeholder; replace it with the real text before publishing. It is the guide for '
def expected = [
    10: 'admission: The notice owns the problem; it says plainly what went wrong for customers and takes responsibility, even when a vendor was involved. For example: "A configuration change we deployed at 09:12 broke checkout; this was our mistake."',
    12: 'apology: An apology to the people affected, saying what for, without hedging ("for any inconvenience" is not one). For example: "We are sorry: for two hours you could not check out, and that is on us."',
    15: 'what-happened: What happened, as far as it is known (the cause or chain of events), and what is not known yet; for maintenance, what work is done. For example: "At 09:12 a configuration change removed the EU database from the pool; checkout requests then failed."',
    18: 'impact: Who and what was affected, how, and for how long, concretely (services, regions, times, counts); for maintenance, the window and what is unavailable. For example: "From 09:12 to 11:02 UTC about 30% of checkout requests from EU customers failed."',
    21: 'customer-action: What customers must do now (retry, rotate a key, contact support), or a plain statement that they need do nothing. For example: "No action is needed: failed orders were retried automatically." or "Please re-run any build that failed between 09:00 and 11:00 UTC."',
    24: 'thanks: Thanks to customers for their patience, reports or understanding. For example: "Thank you for your patience, and to everyone who reported the problem."',
    27: 'next-update: When the next update will come (a time or an interval). For example: "Next update by 10:30 UTC, or sooner if anything changes."',
]
expected.each { line, text ->
    def wanted = "[ERROR] ${name}:${line}:1: [placeholder] ${placeholder}${text}"
    assert log.contains(wanted) : 'missing log line: ' + wanted
}
assert log.count('[placeholder]') == 7
assert !log.contains('[missing-') : 'a guide line is reported once, as its placeholder'
assert log.contains('in 1 incident notice; fix them or see the report in')
// once filled in, the same notice passes
assert log =~ /\[INFO\] 1 notice checked: 0 errors, 0 warnings \(\d+ ms\)/
assert !new File(basedir, name).text.contains('TODO')
assert !log.contains('at io.github.incidentnotice') : 'no stack trace from the plugin'

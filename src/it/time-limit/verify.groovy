// a run whose time limit is spent stops with one line, writes no report and caches nothing
def log = new File(basedir, 'build.log').text
def goal = '[ERROR] Failed to execute goal io.github.incidentnotice:incident-notice-maven-plugin:'
def prefix = ":check (default) on project time-limit: Checking stopped: the run's time limit of 1 ms was spent after "
def suffix = " of 40 notices; no phrase of the checklist was seen taking it. Raise incident-notice.timeLimit. -> [Help 1]"
def stops = log.readLines().findAll { it.contains('Checking stopped') }
assert stops.size() == 1 : 'one error line: ' + log
def stop = stops[0]
def matcher = stop =~ ('^' + java.util.regex.Pattern.quote(goal) + '[^:]+' + java.util.regex.Pattern.quote(prefix) + '(\\d+)'
        + java.util.regex.Pattern.quote(suffix) + '$')
assert matcher.matches() : stop
assert (matcher.group(1) as int) < 40 : "notices done before the stop: ${matcher.group(1)}"

def out = new File(basedir, 'target/incident-notice')
['incident-notice.json', 'incident-notice.sarif', 'incident-notice.html', 'findings-cache.bin'].each {
    assert !new File(out, it).exists() : "${it} written by a stopped run"
}
assert !log.contains('notices checked') : 'no summary of a run that did not end'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
return true

import groovy.json.JsonSlurper

// after the second invocation: each module's report with four threads equals the one with one thread
def modules = ['alpha', 'beta', 'gamma', 'delta']
def report = { module, run -> new File(basedir, "$module/target/incident-notice-$run/incident-notice.json") }
if (!report('alpha', 't4').exists()) {
    assert modules.every { report(it, 't1').isFile() } : 'every module wrote its report with -T 1'
    return true
}
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
def comparable = { File f ->
    def json = new JsonSlurper().parse(f)
    json.summary.remove('millis')    // time differs from run to run
    json.summary.remove('fromCache') // the second run may reuse the first one's cache: results must not differ
    return json
}
modules.each { m ->
    def one = comparable(report(m, 't1'))
    def four = comparable(report(m, 't4'))
    assert one == four : "module $m: the report with -T 4 differs from the one with -T 1"
}
def counts = modules.collectEntries { m -> [(m): comparable(report(m, 't4')).summary.notices] }
assert counts == [alpha: 40, beta: 40, gamma: 80, delta: 80]
def alpha = comparable(report('alpha', 't4'))
assert alpha.notices.count { it.verdict == 'pass' } == 20
assert alpha.notices.count { it.verdict == 'fail' } == 20
assert comparable(report('gamma', 't4')).notices == comparable(report('delta', 't4')).notices :
        'two modules sharing a notice directory get the same results'
return true

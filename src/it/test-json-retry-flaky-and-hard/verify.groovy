// Retry on by default: the first pass has a flaky test (fails on its first execution only), a hard failure and a
// class whose @BeforeAll always fails (invalid); only those are run again, once, in a second Surefire execution.
// The flaky test moves from tests to flaky with its first run's failure; the hard failure and the invalid test are
// confirmed and stay in tests (the invalid one with its rerun's detail); the build fails because of them.
// retry.Runs appends each execution to target/executions.txt: what actually ran, apart from what tracer says.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 4, passed: 2, failed: 1, skipped: 0, invalid: 1, flaky: 1, result: 'failed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 3, confirmed: 2, flaky: 1]: "retry is ${doc.retry}"
// The rerun is a Surefire execution of its own: the timing tells it from the first pass.
def timing = its.timing(doc)
assert timing.tests > 0 && timing.rerun > 0: "timing of a run with a rerun: ${timing}"

// Confirmed: both stay in tests (failures only by default), with their detail.
assert doc.tests.collect { it['class'] + '#' + it.method + ' ' + it.state } as Set ==
        ['retry.CheckoutTest#alwaysFails failed', 'retry.BrokenSetupTest#usesDatabase invalid'] as Set: "tests are ${doc.tests.collect { it.id + ' ' + it.state }}"
def hard = its.test(doc, 'retry.CheckoutTest', 'alwaysFails')
assert hard.failures.size() == 1 && hard.failures[0].message == 'expected: <42> but was: <41>' &&
        hard.failures[0].expected == '42' && hard.failures[0].actual == '41': "confirmed failure: ${hard.failures}"
// An invalid test takes the state of its rerun: failed again -> confirmed, with the rerun's detail (attempt 2).
def setup = its.classFailure(doc, 'retry.BrokenSetupTest')
assert setup.failures*.message == ['no database (attempt 2)']: "class failure of the confirmed invalid class: ${setup.failures}"
def invalid = its.test(doc, 'retry.BrokenSetupTest', 'usesDatabase')
if (invalid.failures) {
    assert invalid.failures*.message == ['no database (attempt 2)']: "the confirmed invalid test has ${invalid.failures}, expected its rerun's detail"
}

// Flaky: removed from tests, listed in flaky as in the first run.
assert doc.flaky instanceof List && doc.flaky.size() == 1: "flaky is ${doc.flaky}"
def flaky = doc.flaky[0]
assert flaky.id == '[engine:junit-jupiter]/[class:retry.CheckoutTest]/[method:flakyOnce()]' && flaky['class'] == 'retry.CheckoutTest' &&
        flaky.method == 'flakyOnce' && flaky.name == 'flakyOnce()' && flaky.file == 'src/test/java/retry/CheckoutTest.java' &&
        flaky.line == its.declarationLineOf(basedir, 'src/test/java/retry/CheckoutTest.java', 'flakyOnce') && flaky.module == 'retry-flaky-and-hard':
        "flaky test fields: ${flaky}"
assert flaky.state == 'failed': "the flaky test keeps its first run's state: ${flaky.state}"
assert flaky.failures.size() == 1: "${flaky.failures}"
def f = flaky.failures[0]
assert f.kind == 'assertion' && f.type == 'java.lang.AssertionError' && f.message == 'first run of retry.CheckoutTest#flakyOnce fails':
        "the flaky test keeps its first run's failure: ${f}"

// What ran: the passing test once; the flaky and hard failures twice; the failing @BeforeAll twice (its test never).
def ran = its.executions(basedir)
assert ran == ['retry.BrokenSetupTest#setUp': 2, 'retry.CheckoutTest#alwaysFails': 2, 'retry.CheckoutTest#flakyOnce': 2,
               'retry.CheckoutTest#passes': 1]: "executions: ${ran}"

// Surefire's own XML reports keep the first pass (the rerun writes elsewhere): flakyOnce failed there.
def cases = its.surefireCases(new File(basedir, 'target/surefire-reports')).findAll { it[0] == 'retry.CheckoutTest' }
assert cases == [['retry.CheckoutTest', 'alwaysFails', 'failed'], ['retry.CheckoutTest', 'flakyOnce', 'failed'],
                 ['retry.CheckoutTest', 'passes', 'passed']]: "target/surefire-reports: ${cases}"
def setupReport = new File(basedir, 'target/surefire-reports/TEST-retry.BrokenSetupTest.xml')
assert setupReport.isFile() && setupReport.getText('UTF-8').contains('no database (attempt 1)'): "the first pass's report of BrokenSetupTest"
return true

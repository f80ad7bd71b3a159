// The user set Surefire's rerunFailingTestsCount=2. Tracer reads Surefire's own reruns (the test that failed then
// passed is flaky, counted once) and does not rerun again: no second Surefire execution, so each test executes only
// the times Surefire ran it (flaky 2, hard failure 1 + 2 reruns = 3, passing 1).
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def CLASS = '[engine:junit-jupiter]/[class:retry.PaymentTest]'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 3, passed: 2, failed: 1, skipped: 0, invalid: 0, flaky: 1, result: 'failed']: "summary is ${doc.summary}"

assert doc.tests*.id == ["${CLASS}/[method:alwaysFails()]".toString()]: "tests (failures only): ${doc.tests*.id}"
assert doc.tests[0].state == 'failed' && doc.tests[0].failures && doc.tests[0].failures.every { it.message == 'expected: <42> but was: <41>' }:
        "the confirmed failure: ${doc.tests[0]}"

assert doc.flaky instanceof List && doc.flaky*.id == ["${CLASS}/[method:flakyOnce()]".toString()]: "flaky: ${doc.flaky?.collect { it.id }}"
assert doc.flaky[0].state == 'failed' && doc.flaky[0].failures*.message == ['first run of retry.PaymentTest#flakyOnce fails']: "flaky: ${doc.flaky[0]}"

// Tracer did not rerun: a retry object, if any, does not claim a second Surefire execution by tracer. (The contract
// fixes retry only for tracer's own rerun; the executions below are the proof.)
if (doc.containsKey('retry')) {
    assert doc.retry.ran == false || doc.retry == [ran: true, retried: 2, confirmed: 1, flaky: 1]: "retry is ${doc.retry}"
}

def ran = its.executions(basedir)
assert ran == ['retry.PaymentTest#alwaysFails': 3, 'retry.PaymentTest#flakyOnce': 2, 'retry.PaymentTest#passes': 1]:
        "executions (Surefire's reruns only, none by tracer): ${ran}"
return true

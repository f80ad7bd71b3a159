// TestNG 7 under Surefire 3.5.4: Surefire runs its own TestNG provider (no JUnit on the classpath), where tracer's
// Platform listener never fires and the JUnit 4 RunListener must not be registered (the provider would load it as a
// TestNG listener and the fork would die); the TestNG listener registers itself through the listener jar's service
// file. The first pass has a flaky test, a hard failure that prints, a skipped test, a data provider with a flaky
// and a failing row, and a class whose @BeforeClass always fails (its tests invalid); only the failures rerun, the
// data provider's two failed rows alone.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def doc = its.report(basedir)

// Every test's state, exactly (tracer.all shows the passing and skipped ones too).
def states = doc.tests.collectEntries { [it.id, it.state] }
assert states == [
        'testng:retry.BrokenSetupTest#readsRow' : 'invalid',
        'testng:retry.BrokenSetupTest#writesRow': 'invalid',
        'testng:retry.CartTest#alwaysFails'     : 'failed',
        'testng:retry.CartTest#notReady'        : 'skipped',
        'testng:retry.CartTest#passes'          : 'passed',
        'testng:retry.CartTest#repeats[0]'      : 'passed',
        'testng:retry.CartTest#repeats[1]'      : 'passed',
        'testng:retry.CartTest#pricing[0]'      : 'passed',
        'testng:retry.CartTest#pricing[2]'      : 'failed']: "states: ${states}"
assert doc.flaky*.id as Set == ['testng:retry.CartTest#flakyOnce', 'testng:retry.CartTest#pricing[1]'] as Set:
        "flaky: ${doc.flaky*.id}"
assert doc.flaky.every { it.state == 'failed' }: "flaky tests keep their first run's state: ${doc.flaky}"
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 11, passed: 6, failed: 2, skipped: 1, invalid: 2, flaky: 2, result: 'failed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 6, confirmed: 4, flaky: 2]: "retry is ${doc.retry}"

// Names, groups as tags, the skip reason, the output of the failed test, the invocation's name.
def passes = its.test(doc, 'retry.CartTest', 'passes')
assert passes.name == 'passes' && passes.tags == ['cart', 'fast'] && passes.file == 'src/test/java/retry/CartTest.java':
        "passes: ${passes}"
def hard = doc.tests.find { it.id == 'testng:retry.CartTest#alwaysFails' }
assert hard.tags == ['cart'] && hard.output == 'cart total before the check: 41\n': "alwaysFails: ${hard}"
assert hard.failures.size() == 1 && hard.failures[0].type == 'java.lang.AssertionError' &&
        hard.failures[0].message == 'cart total expected [42] but found [41]': "alwaysFails failures: ${hard.failures}"
assert doc.tests.find { it.id == 'testng:retry.CartTest#notReady' }.skip_reason == 'checkout is not ready'
def rows = (doc.tests + doc.flaky).findAll { it.method == 'pricing' }.collectEntries { [it.id, it.name] }
assert rows == ['testng:retry.CartTest#pricing[0]': '[0] 1', 'testng:retry.CartTest#pricing[1]': '[1] 2',
                'testng:retry.CartTest#pricing[2]': '[2] 3']: "data provider rows: ${rows}"
assert doc.tests.find { it.id == 'testng:retry.CartTest#pricing[2]' }.failures*.message == ['price of 3 expected [true] but found [false]']

// The failed @BeforeClass: one class failure (its rerun's), the tests it stopped invalid with that failure.
def setup = its.classFailure(doc, 'retry.BrokenSetupTest')
assert setup.failures*.message == ['no database (attempt 2)']: "class failure: ${setup.failures}"
doc.tests.findAll { it.state == 'invalid' }.each { t ->
    assert !t.failures || t.failures*.message == ['no database (attempt 2)']: "${t.id}: ${t.failures}"
}

// What ran: the passing test and the passing row once; every failure twice, the data provider's failed rows alone;
// the failing @BeforeClass twice (its tests never).
def ran = its.executions(basedir)
assert ran == ['retry.BrokenSetupTest#setUp': 2, 'retry.CartTest#alwaysFails': 2, 'retry.CartTest#flakyOnce': 2,
               'retry.CartTest#passes': 1, 'retry.CartTest#pricing[1]': 1, 'retry.CartTest#pricing[2]': 2,
               'retry.CartTest#pricing[3]': 2]: "executions: ${ran}"

// Surefire's XML reports of the first pass: its TestNG provider counts the failed @BeforeClass as a failed testcase
// of its own and the tests it stopped as skipped. So Surefire's totals are tracer's first pass (tests and flaky)
// plus one testcase, and one failure, per failed configuration method; Surefire's skipped are tracer's skipped and
// invalid, which are the exact difference.
def reports = new File(basedir, 'target/surefire-reports')
def cases = its.surefireCases(reports)
assert cases.findAll { it[0] == 'retry.BrokenSetupTest' } ==
        [['retry.BrokenSetupTest', 'readsRow', 'skipped'], ['retry.BrokenSetupTest', 'setUp', 'failed'],
         ['retry.BrokenSetupTest', 'writesRow', 'skipped']]: "Surefire's BrokenSetupTest cases: ${cases}"
def surefire = [tests: cases.size(), failed: cases.count { it[2] == 'failed' }, skipped: cases.count { it[2] == 'skipped' }]
assert surefire == [tests: 12, failed: 5, skipped: 3]: "Surefire's totals changed: ${surefire}"
int configFailures = 1
Map s = doc.summary
assert surefire.tests == s.total + configFailures
assert surefire.failed == s.failed + s.flaky + configFailures
assert surefire.skipped == s.skipped + s.invalid

def log = its.buildLog(basedir)
its.reportPathInFailure(log, 'There are test failures: 2 failed, 2 invalid of 11 tests.')
assert !log.contains('There was an error in the forked process'): "the fork failed:\n${its.lineContaining(log, 'forked process')}"
assert !log.contains('org/junit/runner/notification/RunListener'): "the JUnit 4 RunListener was registered with TestNG"
assert !log.contains('No tests ran'): "the hint says no tests ran"
return true

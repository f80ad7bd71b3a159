// The suite of test-json-testng-classic on TestNG 6.9.10, which has no IDataProviderInterceptor: the rerun must not
// register tracer's row interceptor (TestNG could not load it and the test JVM would die of NoClassDefFoundError,
// as it did on a public project), so it reruns every row of a data provider with a failed row, and the document is
// still exact: only the rows that failed take the rerun's result.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def doc = its.report(basedir)

def log = its.buildLog(basedir)
assert !log.contains('There was an error in the forked process'): "the fork failed:\n${its.lineContaining(log, 'forked process')}"
assert !log.contains('IDataProviderInterceptor'): "the interceptor was registered with TestNG 6"
assert doc.warnings == null || !doc.warnings.any { it.contains('Rerun') }: "the rerun broke: ${doc.warnings}"

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
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 11, passed: 6, failed: 2, skipped: 1, invalid: 2, flaky: 2, result: 'failed']: "summary is ${doc.summary}"

// What ran: every failure twice; the data provider's rows all twice (TestNG 6 cannot narrow them), the passing
// test once.
def ran = its.executions(basedir)
assert ran == ['retry.BrokenSetupTest#setUp': 2, 'retry.CartTest#alwaysFails': 2, 'retry.CartTest#flakyOnce': 2,
               'retry.CartTest#passes': 1, 'retry.CartTest#pricing[1]': 2, 'retry.CartTest#pricing[2]': 2,
               'retry.CartTest#pricing[3]': 2]: "executions: ${ran}"

its.reportPathInFailure(log, 'There are test failures: 2 failed, 2 invalid of 11 tests.')
return true

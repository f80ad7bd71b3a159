// The TestNG suite of test-json-testng-classic under Surefire 3.6.0, which runs TestNG on the JUnit Platform through
// testng-engine: the Platform listener reports every test; the TestNG listener, which testng-engine's TestNG loads
// too, writes nothing (no test twice) but records the failed @BeforeClass, so that the tests it stopped are invalid,
// as under Surefire's own TestNG provider, not skipped.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def doc = its.report(basedir)
def CART = '[engine:testng]/[class:retry.CartTest]'
def SETUP = '[engine:testng]/[class:retry.BrokenSetupTest]'

def states = doc.tests.collectEntries { [it.id, it.state] }
assert states == [
        ("${SETUP}/[method:readsRow()]".toString())           : 'invalid',
        ("${SETUP}/[method:writesRow()]".toString())          : 'invalid',
        ("${CART}/[method:alwaysFails()]".toString())         : 'failed',
        ("${CART}/[method:notReady()]".toString())            : 'skipped',
        ("${CART}/[method:passes()]".toString())              : 'passed',
        ("${CART}/[method:repeats()]/[invoc:0]".toString())   : 'passed',
        ("${CART}/[method:repeats()]/[invoc:1]".toString())   : 'passed',
        ("${CART}/[method:pricing(int)]/[invoc:0]".toString()): 'passed',
        ("${CART}/[method:pricing(int)]/[invoc:2]".toString()): 'failed']: "states: ${states}"
assert doc.flaky*.id as Set == ["${CART}/[method:flakyOnce()]", "${CART}/[method:pricing(int)]/[invoc:1]"]*.toString() as Set:
        "flaky: ${doc.flaky*.id}"
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 11, passed: 6, failed: 2, skipped: 1, invalid: 2, flaky: 2, result: 'failed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 6, confirmed: 4, flaky: 2]: "retry is ${doc.retry}"

// The same names, groups, skip reason and output as under the classic provider.
def byId = (doc.tests + doc.flaky).collectEntries { [it.id, it] }
assert byId["${CART}/[method:passes()]".toString()].tags == ['cart', 'fast']
def hard = byId["${CART}/[method:alwaysFails()]".toString()]
assert hard.output == 'cart total before the check: 41\n' && hard.failures*.message == ['cart total expected [42] but found [41]']:
        "alwaysFails: ${hard}"
assert byId["${CART}/[method:notReady()]".toString()].skip_reason == 'checkout is not ready'
def rows = (doc.tests + doc.flaky).findAll { it.method == 'pricing' }.collectEntries { [it.id - "${CART}/[method:pricing(int)]/", [it.name, it.tags]] }
assert rows == ['[invoc:0]': ['[0] 1', ['cart']], '[invoc:1]': ['[1] 2', ['cart']], '[invoc:2]': ['[2] 3', ['cart']]]:
        "data provider rows (an invocation carries its method's groups): ${rows}"
def setup = its.classFailure(doc, 'retry.BrokenSetupTest')
assert setup.failures*.message == ['no database (attempt 2)']: "class failure: ${setup.failures}"

// Written once: every event comes from the Platform listener, none from the TestNG listener.
def events = new File(basedir, 'target/tracer/events').listFiles().findAll { it.name.endsWith('.jsonl') }
assert events.size() == 1: "events files: ${events*.name}"
def lines = events[0].readLines('UTF-8')
assert lines.findAll { it.contains('"run_started"') }.every { it.contains('"provider":"platform"') }: "run_started: ${lines.findAll { it.contains('run_started') }}"
assert !lines.any { it.contains('"testng:') }: "the TestNG listener wrote events inside the Platform"

// What ran: testng-engine numbers a data-driven method's invocations itself, so the rerun of a failed row reruns
// the method (every row, in the same order: the ids agree); everything else reruns exactly.
def ran = its.executions(basedir)
assert ran == ['retry.BrokenSetupTest#setUp': 2, 'retry.CartTest#alwaysFails': 2, 'retry.CartTest#flakyOnce': 2,
               'retry.CartTest#passes': 1, 'retry.CartTest#pricing[1]': 2, 'retry.CartTest#pricing[2]': 2,
               'retry.CartTest#pricing[3]': 2]: "executions: ${ran}"

// Surefire's XML reports of the first pass: the failed @BeforeClass is a testcase of its own (initializationError,
// an error) and the tests it stopped are skipped. Surefire's totals are tracer's first pass plus one testcase, and one
// failure, per failed class setup; Surefire's skipped are tracer's skipped and invalid.
def reports = new File(basedir, 'target/surefire-reports')
def cases = its.surefireCases(reports)
assert cases.findAll { it[0] == 'retry.BrokenSetupTest' } ==
        [['retry.BrokenSetupTest', 'initializationError', 'failed'], ['retry.BrokenSetupTest', 'readsRow', 'skipped'],
         ['retry.BrokenSetupTest', 'writesRow', 'skipped']]: "Surefire's BrokenSetupTest cases: ${cases}"
assert cases.findAll { it[1].startsWith('pricing') }*.getAt(1) == ['pricing(int)[0]', 'pricing(int)[1]', 'pricing(int)[2]']:
        "Surefire ran TestNG on the Platform: ${cases}"
def surefire = [tests: cases.size(), failed: cases.count { it[2] == 'failed' }, skipped: cases.count { it[2] == 'skipped' }]
assert surefire == [tests: 12, failed: 5, skipped: 3]: "Surefire's totals changed: ${surefire}"
int classSetupFailures = 1
Map s = doc.summary
assert surefire.tests == s.total + classSetupFailures
assert surefire.failed == s.failed + s.flaky + classSetupFailures
assert surefire.skipped == s.skipped + s.invalid

def log = its.buildLog(basedir)
its.reportPathInFailure(log, 'There are test failures: 2 failed, 2 invalid of 11 tests.')
assert !log.contains('There was an error in the forked process'): "the fork failed"
assert !log.contains('No tests ran'): "the hint says no tests ran"
return true

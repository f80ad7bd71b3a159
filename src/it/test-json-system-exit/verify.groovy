// A test calls System.exit(3) and the forked JVM dies mid-run. The document still comes out: the tests that
// finished, and the test that was running as failed with dev.tracer.ForkCrash. (runOrder=alphabetical:
// FirstTest, then SecondCallsExitTest, whose methods run in @Order.)
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 4, passed: 3, failed: 1, skipped: 0, invalid: 0, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 4)
assert its.test(doc, 'exit.FirstTest', 'adds').state == 'passed'
assert its.test(doc, 'exit.FirstTest', 'multiplies').state == 'passed'
assert its.test(doc, 'exit.SecondCallsExitTest', 'finishesBeforeTheExit').state == 'passed'
def crashed = its.test(doc, 'exit.SecondCallsExitTest', 'callsSystemExit')
assert crashed.state == 'failed'
assert crashed.file == 'src/test/java/exit/SecondCallsExitTest.java'
assert crashed.failures.size() == 1
def f = crashed.failures[0]
assert f.type == 'dev.tracer.ForkCrash': "failure of the running test: ${f}"
assert f.kind == 'error'
assert f.message: 'the crash says what happened'
// The test after the exit never started, so it is not in the document.
assert !doc.tests.any { it.method == 'neverRuns' }

// Surefire 3.5.4 (plain mvn test) writes an XML report only for the class that completed: FirstTest, 2 tests.
// It loses finishesBeforeTheExit, which passed before the exit (its console says "Tests run: 2").
def surefire = its.surefireCounts(new File(basedir, 'target/surefire-reports'))
assert surefire == ['exit.FirstTest': [tests: 2, failed: 0, skipped: 0]]: "Surefire's counts changed: ${surefire}"
assert its.countsByTopLevelClass(doc.tests)['exit.FirstTest'] == [tests: 2, passed: 2, failed: 0, skipped: 0, invalid: 0]
return true

// Plain JUnit 4 under Surefire 3.2.5: Surefire picks its JUnit 4 provider (no JUnit Platform), so tracer's
// Platform listener never fires and its JUnit 4 RunListener must report every state.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def MODULE = 'junit4-surefire32'
def idOf = { String cls, String method -> "junit4:${cls}#${method}".toString() }

def doc = its.checkLegacyJUnit4Suite(basedir, MODULE, idOf, true)

// Surefire 3.2.5's JUnit 4 provider, learned with plain mvn test: a class whose @BeforeClass failed is ONE testcase
// with an empty name and the error; a class aborted in @BeforeClass is ONE testcase with an empty name, skipped.
assert its.surefireCases(new File(basedir, 'target/surefire-reports')).findAll { it[1] == '' } ==
        [['legacy.SetupAbortedTest', '', 'skipped'], ['legacy.SetupFailsTest', '', 'failed']]
def surefire = its.surefireCounts(new File(basedir, 'target/surefire-reports'))
assert surefire == [
        'legacy.GreeterTest'        : [tests: 6, failed: 3, skipped: 2],
        'legacy.SetupAbortedTest'   : [tests: 1, failed: 0, skipped: 1],
        'legacy.SetupFailsTest'     : [tests: 1, failed: 1, skipped: 0],
        'legacy.StaticInitFailsTest': [tests: 2, failed: 2, skipped: 0]]: "Surefire's counts changed: ${surefire}"
// So the document lists the aborted class once, counted as one skipped test as Surefire counts it, and the totals
// differ only by the setup-failed class: its 2 invalid tests, Surefire's 1 error.
assert surefire.values().sum { it.tests } == doc.summary.total - 2 + 1
assert doc.summary.surefire == [tests: 10, failures: 2, errors: 4, skipped: 3]: "${doc.summary.surefire}"

def log = its.buildLog(basedir)
its.reportPathInFailure(log, 'There are test failures: 3 failed, 4 invalid of 11 tests.')
return true

// Plain JUnit 4 under Surefire 3.6.0: Surefire runs it on the JUnit Platform (Vintage engine), so tracer's
// Platform listener reports it, with Platform unique ids, and the JUnit 4 RunListener must not report it again.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def MODULE = 'junit4-surefire36'
def idOf = { String cls, String method -> "[engine:junit-vintage]/[runner:${cls}]/[test:${method}(${cls})]".toString() }

def doc = its.checkLegacyJUnit4Suite(basedir, MODULE, idOf)

// Surefire 3.6.0 on the Vintage engine, learned with plain mvn test: a class whose @BeforeClass failed is ONE
// testcase named "initializationError"; a class aborted in @BeforeClass is one skipped testcase PER TEST.
assert its.surefireCases(new File(basedir, 'target/surefire-reports')).findAll { it[0] != 'legacy.GreeterTest' } == [
        ['legacy.SetupAbortedTest', 'greetsRemotely', 'skipped'],
        ['legacy.SetupAbortedTest', 'greetsTwiceRemotely', 'skipped'],
        ['legacy.SetupFailsTest', 'initializationError', 'failed'],
        ['legacy.StaticInitFailsTest', 'firstUse', 'failed'],
        ['legacy.StaticInitFailsTest', 'secondUse', 'failed']]
def surefire = its.surefireCounts(new File(basedir, 'target/surefire-reports'))
assert surefire == [
        'legacy.GreeterTest'        : [tests: 6, failed: 3, skipped: 2],
        'legacy.SetupAbortedTest'   : [tests: 2, failed: 0, skipped: 2],
        'legacy.SetupFailsTest'     : [tests: 1, failed: 1, skipped: 0],
        'legacy.StaticInitFailsTest': [tests: 2, failed: 2, skipped: 0]]: "Surefire's counts changed: ${surefire}"
// So: Surefire's testcases = tracer's tests - the setup-failed class's tests + 1.
assert surefire.values().sum { it.tests } == doc.summary.total - 2 + 1

def log = its.buildLog(basedir)
its.reportPathInFailure(log, 'There are test failures: 3 failed, 4 invalid of 12 tests.')
return true

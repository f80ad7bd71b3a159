// Plain JUnit 4 under Surefire 3.2.5: Surefire picks its JUnit 4 provider (no JUnit Platform), so tracer's
// Platform listener never fires and its JUnit 4 RunListener must report every state.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def MODULE = 'junit4-surefire32'
def idOf = { String cls, String method -> "junit4:${cls}#${method}".toString() }

def GREETER = 'src/test/java/legacy/GreeterTest.java'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 12, passed: 1, failed: 3, skipped: 4, invalid: 4, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 12)
doc.tests.each { t ->
    assert t.module == MODULE: "module of ${t.id} is ${t.module}"
    assert t.id == idOf(t['class'], t.method): "id of ${t['class']}#${t.method} is ${t.id}"
    assert t.name == t.method: "name of ${t.id} is ${t.name}"
    def file = 'src/test/java/' + t['class'].replace('.', '/') + '.java'
    assert t.file == file: "file of ${t.id} is ${t.file}"
    assert t.line == its.declarationLineOf(basedir, file, t.method): "line of ${t.id} is ${t.line}"
    assert t.tags == []: "JUnit 4 tests without categories have no tags: ${t.tags}"
}

assert its.test(doc, 'legacy.GreeterTest', 'greetsByName').state == 'passed'

// org.junit.ComparisonFailure exposes expected and actual
def cap = its.test(doc, 'legacy.GreeterTest', 'capitalizesTheName')
assert cap.state == 'failed'
def f = cap.failures[0]
assert f.kind == 'assertion' && f.type == 'org.junit.ComparisonFailure'
assert f.message == 'expected:<Hello, [A]da!> but was:<Hello, [a]da!>'
assert f.expected == 'Hello, Ada!' && f.actual == 'Hello, ada!': "expected/actual are ${f.expected}/${f.actual}"
its.assertFailingLine(f, basedir, GREETER, 'assertEquals("Hello, Ada!", greeter.greet("ada"));')
its.assertStackHas(f, 'legacy.GreeterTest', 'capitalizesTheName', 'GreeterTest.java', its.lineOf(basedir, GREETER, 'assertEquals("Hello, Ada!", greeter.greet("ada"));'))
assert cap.output?.contains('greeting ada'): "output is ${cap.output}"

// a plain AssertionError (JUnit 4 assertEquals on numbers)
def counts = its.test(doc, 'legacy.GreeterTest', 'countsCharacters')
f = counts.failures[0]
assert f.kind == 'assertion' && f.type == 'java.lang.AssertionError' && f.message == 'expected:<10> but was:<11>'
its.assertFailingLine(f, basedir, GREETER, 'assertEquals(10, greeter.length("Ada"));')

// an error from production code
def npe = its.test(doc, 'legacy.GreeterTest', 'toleratesNoName')
f = npe.failures[0]
assert f.kind == 'error' && f.type == 'java.lang.NullPointerException'
assert f.message == 'Cannot invoke "String.trim()" because "name" is null'
its.assertFailingLine(f, basedir, GREETER, 'greeter.greet(null);')
assert f.stacktrace[0]['class'] == 'legacy.Greeter' && f.stacktrace[0].method == 'greet': "${f.stacktrace[0]}"

// @Ignore and a failed assumption carry their reason
def french = its.test(doc, 'legacy.GreeterTest', 'greetsInFrench')
assert french.state == 'skipped' && french.skip_reason == 'needs the greeting service': "${french}"
def weekdays = its.test(doc, 'legacy.GreeterTest', 'greetsOnWeekdays')
assert weekdays.state == 'skipped' && weekdays.skip_reason == 'runs on weekdays only': "${weekdays}"

// @BeforeClass failed: both tests invalid, one class failure
['greetsInGerman', 'greetsInDutch'].each { assert its.test(doc, 'legacy.SetupFailsTest', it).state == 'invalid' }
def setup = its.classFailure(doc, 'legacy.SetupFailsTest')
assert setup.file == 'src/test/java/legacy/SetupFailsTest.java'
f = setup.failures[0]
assert f.kind == 'error' && f.type == 'java.lang.IllegalStateException' && f.message == 'no locale data'
its.assertFailingLine(f, basedir, 'src/test/java/legacy/SetupFailsTest.java', 'throw new IllegalStateException("no locale data");')

// @BeforeClass aborted by an assumption: both tests skipped with the reason
['greetsRemotely', 'greetsTwiceRemotely'].each { m ->
    def t = its.test(doc, 'legacy.SetupAbortedTest', m)
    assert t.state == 'skipped' && t.skip_reason == 'greeting service is offline': "${m}: ${t}"
}
assert !(doc.class_failures ?: []).any { it['class'] == 'legacy.SetupAbortedTest' }: 'an aborted class is not a failure'

// a failing static initializer: both tests invalid (JUnit reports ExceptionInInitializerError, then NoClassDefFoundError)
['firstUse', 'secondUse'].each { assert its.test(doc, 'legacy.StaticInitFailsTest', it).state == 'invalid' }
def init = its.classFailure(doc, 'legacy.StaticInitFailsTest')
assert init.failures[0].type in ['java.lang.ExceptionInInitializerError', 'java.lang.IllegalStateException']: "${init.failures[0]}"
assert doc.class_failures*.getAt('class') == ['legacy.SetupFailsTest', 'legacy.StaticInitFailsTest']: "${doc.class_failures}"

def ours = its.countsByTopLevelClass(doc.tests)
assert ours == [
        'legacy.GreeterTest'        : [tests: 6, passed: 1, failed: 3, skipped: 2, invalid: 0],
        'legacy.SetupAbortedTest'   : [tests: 2, passed: 0, failed: 0, skipped: 2, invalid: 0],
        'legacy.SetupFailsTest'     : [tests: 2, passed: 0, failed: 0, skipped: 0, invalid: 2],
        'legacy.StaticInitFailsTest': [tests: 2, passed: 0, failed: 0, skipped: 0, invalid: 2]]: "${ours}"

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
// So: Surefire's testcases = tracer's tests - each class-level failed or aborted class's tests + 1 per such class.
assert surefire.values().sum { it.tests } == doc.summary.total - 2 + 1 - 2 + 1

def log = its.buildLog(basedir)
its.reportPathInFailure(log, 'There are test failures: 3 failed, 4 invalid of 12 tests.')
return true

// JUnit 4 tests on the Vintage engine beside Jupiter tests, under Surefire 3.5.4: Surefire's JUnit Platform
// provider runs both engines, tracer's Platform listener reports both (Platform unique ids, never junit4: ids: the
// JUnit 4 RunListener must not be registered on the Platform provider).
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def GREETER = 'src/test/java/legacy/GreeterTest.java'
def vintage = { String cls, String m -> "[engine:junit-vintage]/[runner:${cls}]/[test:${m}(${cls})]".toString() }

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 10, passed: 3, failed: 3, skipped: 2, invalid: 2, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 10)
doc.tests.each { t ->
    assert t.module == 'junit4-vintage'
    def file = 'src/test/java/' + t['class'].replace('.', '/') + '.java'
    assert t.file == file && t.line == its.declarationLineOf(basedir, file, t.method): "location of ${t.id}: ${t.file}:${t.line}"
    if (t['class'] == 'legacy.ModernGreeterTest') {
        assert t.id == "[engine:junit-jupiter]/[class:legacy.ModernGreeterTest]/[method:${t.method}()]".toString()
        assert t.name == t.method + '()' && t.state == 'passed'
    } else {
        assert t.id == vintage(t['class'], t.method): "id of ${t['class']}#${t.method} is ${t.id}"
        assert t.name == t.method
    }
}

def cap = its.test(doc, 'legacy.GreeterTest', 'capitalizesTheName')
def f = cap.failures[0]
assert f.type == 'org.junit.ComparisonFailure' && f.expected == 'Hello, Ada!' && f.actual == 'Hello, ada!': "${f}"
its.assertFailingLine(f, basedir, GREETER, 'assertEquals("Hello, Ada!", greeter.greet("ada"));')
assert cap.output?.contains('greeting ada'): "output is ${cap.output}"
// a plain AssertionError from assertEquals(String, long, long): expected/actual come from its message
def counts = its.test(doc, 'legacy.GreeterTest', 'countsCharacters').failures[0]
assert counts.type == 'java.lang.AssertionError' && counts.message == 'length of Ada expected:<10> but was:<11>'
assert counts.expected == '10' && counts.actual == '11': "${counts}"
assert its.test(doc, 'legacy.GreeterTest', 'toleratesNoName').failures[0].kind == 'error'
assert its.test(doc, 'legacy.GreeterTest', 'greetsInFrench').skip_reason == 'needs the greeting service'
assert its.test(doc, 'legacy.GreeterTest', 'greetsOnWeekdays').skip_reason == 'runs on weekdays only'

['greetsInGerman', 'greetsInDutch'].each { assert its.test(doc, 'legacy.SetupFailsTest', it).state == 'invalid' }
def setup = its.classFailure(doc, 'legacy.SetupFailsTest')
assert setup.failures[0].type == 'java.lang.IllegalStateException' && setup.failures[0].message == 'no locale data'
assert doc.class_failures.size() == 1

// Surefire 3.5.4 + Vintage 5.11.4, learned with plain mvn test: the class whose @BeforeClass failed is ONE testcase
// with an empty name (3.6.0 names it "initializationError"); everything else is one testcase per test.
def surefire = its.surefireCounts(new File(basedir, 'target/surefire-reports'))
assert surefire == [
        'legacy.GreeterTest'      : [tests: 6, failed: 3, skipped: 2],
        'legacy.ModernGreeterTest': [tests: 2, failed: 0, skipped: 0],
        'legacy.SetupFailsTest'   : [tests: 1, failed: 1, skipped: 0]]: "Surefire's counts changed: ${surefire}"
assert its.surefireCases(new File(basedir, 'target/surefire-reports')).find { it[0] == 'legacy.SetupFailsTest' } ==
        ['legacy.SetupFailsTest', '', 'failed']
assert surefire.values().sum { it.tests } == doc.summary.total - 2 + 1

its.reportPathInFailure(its.buildLog(basedir), 'There are test failures: 3 failed, 2 invalid of 10 tests.')
return true

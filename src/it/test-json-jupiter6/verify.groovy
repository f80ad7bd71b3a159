// JUnit 6 (Jupiter and Platform 6.1) under Surefire 3.5.4.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def TEST = 'src/test/java/six/TemperatureTest.java'
def ENGINE = '[engine:junit-jupiter]/[class:six.TemperatureTest]'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 5, passed: 3, failed: 1, skipped: 1, invalid: 0, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 5)
assert !doc.containsKey('class_failures')
doc.tests.each { t ->
    assert t.module == 'jupiter6' && t.file == TEST: "${t}"
    assert t.line == its.declarationLineOf(basedir, TEST, t.method): "line of ${t.id} is ${t.line}"
}

def boiling = its.test(doc, 'six.TemperatureTest', 'boilingPoint')
assert boiling.id == "${ENGINE}/[method:boilingPoint()]".toString()
assert boiling.state == 'failed'
def f = boiling.failures[0]
assert f.kind == 'assertion' && f.type == 'org.opentest4j.AssertionFailedError'
assert f.message == 'expected: <212.0> but was: <210.0>'
assert f.expected == '212.0' && f.actual == '210.0': "expected/actual are ${f.expected}/${f.actual}"
its.assertFailingLine(f, basedir, TEST, 'assertEquals(212.0, Temperature.toFahrenheit(100));')

def kelvin = its.test(doc, 'six.TemperatureTest', 'toKelvin')
assert kelvin.state == 'skipped' && kelvin.skip_reason == 'kelvin comes later'

def freezes = doc.tests.findAll { it.method == 'freezes' }
assert freezes*.name == ['[1] -5.0', '[2] 0.0'] && freezes*.state == ['passed', 'passed']: "${freezes}"
assert freezes*.id == (1..2).collect { "${ENGINE}/[test-template:freezes(double)]/[test-template-invocation:#${it}]".toString() }

def nested = its.test(doc, 'six.TemperatureTest$AboveZero', 'doesNotFreeze')
assert nested.name == 'does not freeze' && nested.state == 'passed'
assert nested.id == "${ENGINE}/[nested-class:AboveZero]/[method:doesNotFreeze()]".toString()

// Surefire 3.5.4 writes one testcase per test here (the @Nested one with classname "above zero").
its.assertSameCountsAsSurefire(doc, new File(basedir, 'target/surefire-reports'))

its.reportPathInFailure(its.buildLog(basedir), 'There are test failures: 1 failed, 0 invalid of 5 tests.')
return true

// A class whose @BeforeAll fails on its first execution only: its tests are invalid in the first pass, the class
// reruns as a class (setup once more, each test once), and its tests end up flaky (an invalid test takes the state of
// its rerun). The passing class runs once. Everything healed: result passed, no class failure left, build succeeds.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def CACHE = '[engine:junit-jupiter]/[class:retry.CacheTest]'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 3, passed: 3, failed: 0, skipped: 0, invalid: 0, flaky: 2, result: 'passed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 2, confirmed: 0, flaky: 2]: "retry is ${doc.retry}"
assert !(doc.class_failures ?: []).any { it['class'] == 'retry.CacheTest' }: "the healed @BeforeAll is still a class failure: ${doc.class_failures}"

assert doc.tests*.id == ['[engine:junit-jupiter]/[class:retry.ClockTest]/[method:ticks()]']: "tests: ${doc.tests*.id}"
assert doc.tests[0].state == 'passed'

assert doc.flaky instanceof List && doc.flaky*.id as Set == ["${CACHE}/[method:readsEntry()]", "${CACHE}/[method:writesEntry()]"]*.toString() as Set:
        "flaky: ${doc.flaky?.collect { it.id }}"
doc.flaky.each { t ->
    // As in the first run: invalid (the test never ran), the setup failure being the class's.
    assert t.state == 'invalid': "flaky ${t.id} has state ${t.state}; in the first run it was invalid"
    assert t['class'] == 'retry.CacheTest' && t.file == 'src/test/java/retry/CacheTest.java'
    if (t.failures) {
        assert t.failures*.message == ['cache not warm yet']: "flaky ${t.id} keeps its first run's failure: ${t.failures}"
    }
}

def ran = its.executions(basedir)
assert ran == ['retry.CacheTest#readsEntry': 1, 'retry.CacheTest#warmUp': 2, 'retry.CacheTest#writesEntry': 1,
               'retry.ClockTest#ticks': 1]: "executions: ${ran}"
return true

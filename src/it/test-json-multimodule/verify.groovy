// A reactor whose first module fails: the second module's tests still run, one document covers both modules
// (at the reactor root), and each module keeps its own document under its target/tracer/.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 4, passed: 3, failed: 1, skipped: 0, invalid: 0, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 4)
def byModule = doc.tests.groupBy { it.module }
assert byModule.keySet() == ['module-a', 'module-b'] as Set: "modules in the document: ${byModule.keySet()}"
assert byModule['module-a'].every { it['class'] == 'alpha.CounterTest' && it.file == 'module-a/src/test/java/alpha/CounterTest.java' }
assert byModule['module-b'].every { it['class'] == 'beta.EchoTest' && it.file == 'module-b/src/test/java/beta/EchoTest.java' }
assert byModule['module-b']*.state == ['passed', 'passed']: 'module-b ran although module-a failed'

def failed = its.test(doc, 'alpha.CounterTest', 'incrementsByOne')
assert failed.state == 'failed'
def f = failed.failures[0]
assert f.expected == '1' && f.actual == '2'
// file paths are relative to the directory Maven ran in (the reactor root)
assert f.file == 'module-a/src/test/java/alpha/CounterTest.java' && f.source == 'assertEquals(1, counter.value());': "${f}"

// Per-module documents: each covers its own module, and matches that module's Surefire reports.
def moduleTimings = []
['module-a': [2, 1], 'module-b': [2, 0]].each { module, counts ->
    def own = its.report(new File(basedir, module))
    moduleTimings << its.timing(own, "${module}'s document")
    assert own.summary.total == counts[0] && own.summary.failed == counts[1]: "${module}: ${own.summary}"
    assert own.tests.every { it.module == module }
    its.assertSameCountsAsSurefire(own, new File(basedir, "${module}/target/surefire-reports"))
}
// Both modules' Surefire reports together equal the reactor document.
def surefire = its.surefireCounts(new File(basedir, 'module-a/target/surefire-reports')) +
        its.surefireCounts(new File(basedir, 'module-b/target/surefire-reports'))
assert surefire == ['alpha.CounterTest': [tests: 2, failed: 1, skipped: 0], 'beta.EchoTest': [tests: 2, failed: 0, skipped: 0]]

// The reactor's timing sums the modules' phase by phase; the build's own reporting comes on top. Module-a failed and
// was rerun; module-b was green.
def timing = its.timing(doc)
['before_tests', 'tests', 'rerun', 'coverage', 'scenarios', 'scenarios_overlap'].each { phase ->
    assert timing[phase] == moduleTimings.sum { it[phase] }: "timing.${phase} ${timing[phase]} is not the modules' ${moduleTimings*.getAt(phase)}"
}
assert timing.report >= moduleTimings.sum { it.report }: "timing.report ${timing.report}, the modules' ${moduleTimings*.report}"
assert moduleTimings.every { it.tests > 0 }: "each module's first pass took time: ${moduleTimings}"
assert moduleTimings*.rerun.collect { it > 0 } == [true, false]: "only module-a reran: ${moduleTimings}"

// The build fails once, at the end, for the whole reactor.
def log = its.buildLog(basedir)
assert its.reportPathInFailure(log, 'There are test failures: 1 failed, 0 invalid of 4 tests (module-a: 1 failed).').endsWith('target/tracer/report.json')
return true

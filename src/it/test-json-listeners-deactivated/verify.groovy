// junit.platform.execution.listeners.deactivate=* (src/test/resources/junit-platform.properties) silences tracer's
// listener. Nothing is lost: the document is built from Surefire's XML reports and says so in a warning.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

// The fixture's own canary listener, registered the way tracer's is, must not have run either.
assert !new File(basedir, 'target/canary-listener-ran').exists(): 'the deactivation did not work: the IT proves nothing'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 4, passed: 2, failed: 1, skipped: 1, invalid: 0, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 4)
assert doc.warnings?.any { it.startsWith('The listener reported no events') }: "warnings: ${doc.warnings}"
doc.tests.each { t ->
    assert t.id == "xml:quiet.StackTest#${t.name}".toString(): "id of a test built from XML: ${t.id}"
    assert t['class'] == 'quiet.StackTest' && t.module == 'listeners-deactivated'
}
def byName = doc.tests.collectEntries { [it.name, it] }
assert byName.keySet() == ['growsOnPush', 'peeks', 'popsTheLastPushed', 'startsEmpty'] as Set: "${byName.keySet()}"
assert byName.startsEmpty.state == 'passed' && byName.growsOnPush.state == 'passed'
assert byName.peeks.state == 'skipped' && byName.peeks.skip_reason == 'peek is not written yet': "${byName.peeks}"
def popped = byName.popsTheLastPushed
assert popped.state == 'failed'
def f = popped.failures[0]
assert f.type == 'org.opentest4j.AssertionFailedError' && f.message == 'expected: <b> but was: <a>': "${f}"
assert f.kind == 'assertion'

its.assertSameCountsAsSurefire(doc, new File(basedir, 'target/surefire-reports'))

def log = its.buildLog(basedir)
assert its.lineContaining(log, 'The listener reported no events').startsWith('[WARNING] The listener reported no events')
its.reportPathInFailure(log, 'There are test failures: 1 failed, 0 invalid of 4 tests.')
return true

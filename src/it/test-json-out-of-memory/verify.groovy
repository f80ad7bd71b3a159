// A test exhausts a 48 MB heap. JUnit treats OutOfMemoryError as unrecoverable and rethrows it, so the forked JVM
// dies mid-run. The document still comes out: the tests that finished, and the test that was running as failed with
// dev.tracer.ForkCrash, whose message says what Surefire saw (condensed: no paths, no stack).
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 3, passed: 2, failed: 1, skipped: 0, invalid: 0, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 3)
assert its.test(doc, 'oom.FirstTest', 'adds').state == 'passed'
assert its.test(doc, 'oom.SecondExhaustsHeapTest', 'finishesBeforeTheHeapRunsOut').state == 'passed'
def crashed = its.test(doc, 'oom.SecondExhaustsHeapTest', 'exhaustsTheHeap')
assert crashed.state == 'failed'
assert crashed.failures.size() == 1
def f = crashed.failures[0]
assert f.type == 'dev.tracer.ForkCrash': "failure of the running test: ${f}"
assert f.kind == 'error'
// Surefire sometimes adds the fork's last words ("java.lang.OutOfMemoryError: Java heap space") after its own.
assert f.message.startsWith('The test JVM died while this test was running: There was an error in the forked process; Java heap space'): f.message
assert !f.message.contains('\n') && !f.message.contains(basedir.path): "condensed, no paths: ${f.message}"
assert !doc.tests.any { it.method == 'neverRuns' }
// The failure is rerun (tracer.retry) and exhausts the heap again: a confirmed failure, its rerun's cause kept.
assert doc.retry == [ran: true, retried: 1, confirmed: 1, flaky: 0]
assert crashed.rerun.state == 'failed' && crashed.rerun.failures[0].type == 'dev.tracer.ForkCrash': "${crashed.rerun}"
assert doc.warnings.size() == 2 && doc.warnings.every { it.contains('Surefire reported a problem: There was an error in the forked process; Java heap space') }: "${doc.warnings}"
assert doc.warnings.any { it.startsWith('Rerun: ') }

def log = its.buildLog(basedir)
its.reportPathInFailure(log, 'There are test failures: 1 failed, 0 invalid of 3 tests.')
return true

// Surefire kills the forked JVM after forkedProcessTimeoutInSeconds (10 s) while a test sleeps. The document still
// comes out: the test that finished, and the test that was running as failed with dev.tracer.ForkCrash.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 2, passed: 1, failed: 1, skipped: 0, invalid: 0, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 2)
assert its.test(doc, 'slow.HangingTest', 'finishesQuickly').state == 'passed'
def hung = its.test(doc, 'slow.HangingTest', 'waitsForever')
assert hung.state == 'failed'
def f = hung.failures[0]
assert f.type == 'dev.tracer.ForkCrash': "failure of the running test: ${f}"
assert f.kind == 'error'
assert f.message: 'the crash says what happened'
// Well under the test's 10-minute sleep: the fork was killed, not waited for.
assert hung.duration_ms < 120_000: "waitsForever lasted ${hung.duration_ms} ms"

// Surefire 3.6.0 (plain mvn test) writes no XML report at all when it kills the fork, and its console says
// "Tests run: 0" before "There was a timeout in the fork": the finished test is lost there.
def reports = new File(basedir, 'target/surefire-reports').listFiles({ d, n -> n ==~ /TEST-.*\.xml/ } as FilenameFilter)
assert !reports: "Surefire now writes ${reports*.name}; compare the counts with them"
return true

// A test fails on its first execution and calls System.exit(3) on its second, killing the rerun's fork. It is a
// confirmed failure; the rest of the document is intact: the first pass's passing tests, and the flaky test that
// reran (and passed) before the crash (runOrder=alphabetical: BeforeCrashTest, CrashOnRerunTest, FirstTest).
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 5, passed: 4, failed: 1, skipped: 0, invalid: 0, flaky: 1, result: 'failed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 2, confirmed: 1, flaky: 1]: "retry is ${doc.retry}"

// -Dtracer.all: the first pass's passing tests, and the crashed one; not the flaky one.
assert its.tests(doc, 4).collect { it['class'] + '#' + it.method + ' ' + it.state } as Set ==
        ['retry.FirstTest#adds passed', 'retry.FirstTest#multiplies passed', 'retry.CrashOnRerunTest#passes passed',
         'retry.CrashOnRerunTest#exitsOnSecondRun failed'] as Set: "tests: ${doc.tests.collect { it.id + ' ' + it.state }}"
def crashed = its.test(doc, 'retry.CrashOnRerunTest', 'exitsOnSecondRun')
assert crashed.state == 'failed' && crashed.failures: "the test that crashed the rerun: ${crashed}"
assert crashed.file == 'src/test/java/retry/CrashOnRerunTest.java'

assert doc.flaky instanceof List && doc.flaky*.id == ['[engine:junit-jupiter]/[class:retry.BeforeCrashTest]/[method:flakyOnce()]']:
        "flaky: ${doc.flaky?.collect { it.id }}"
assert doc.flaky[0].state == 'failed' && doc.flaky[0].failures*.message == ['first run of retry.BeforeCrashTest#flakyOnce fails']

def ran = its.executions(basedir)
assert ran == ['retry.BeforeCrashTest#flakyOnce': 2, 'retry.CrashOnRerunTest#exitsOnSecondRun': 2, 'retry.CrashOnRerunTest#passes': 1,
               'retry.FirstTest#adds': 1, 'retry.FirstTest#multiplies': 1]: "executions: ${ran}"

// Surefire's XML reports keep the first pass: the crashed rerun must not have replaced them.
def cases = its.surefireCases(new File(basedir, 'target/surefire-reports'))
assert cases == [['retry.BeforeCrashTest', 'flakyOnce', 'failed'], ['retry.CrashOnRerunTest', 'exitsOnSecondRun', 'failed'],
                 ['retry.CrashOnRerunTest', 'passes', 'passed'], ['retry.FirstTest', 'adds', 'passed'],
                 ['retry.FirstTest', 'multiplies', 'passed']]: "target/surefire-reports (first pass): ${cases}"
return true

// Plain JUnit 4.13.2 under Surefire 3.2.5 (its JUnit 4 provider, no JUnit Platform): a flaky test reruns alone, a
// class whose @BeforeClass failed on its first execution only reruns as a class. Both heal: result passed, build
// succeeds, flaky names the three tests.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def idOf = { String cls, String method -> "junit4:${cls}#${method}".toString() }

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 4, passed: 4, failed: 0, skipped: 0, invalid: 0, flaky: 3, result: 'passed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 3, confirmed: 0, flaky: 3]: "retry is ${doc.retry}"
assert !doc.containsKey('class_failures'): "the healed @BeforeClass is still a class failure: ${doc.class_failures}"

assert doc.tests*.id == [idOf('retry.LegacyTest', 'passes')]: "tests: ${doc.tests*.id}"
assert doc.tests[0].state == 'passed'

assert doc.flaky instanceof List && doc.flaky*.id as Set ==
        [idOf('retry.LegacyTest', 'flakyOnce'), idOf('retry.LegacySetupTest', 'readsEntry'), idOf('retry.LegacySetupTest', 'writesEntry')] as Set:
        "flaky: ${doc.flaky?.collect { it.id }}"
def once = doc.flaky.find { it.method == 'flakyOnce' }
assert once.state == 'failed' && once.failures*.message == ['first run of retry.LegacyTest#flakyOnce fails'] &&
        once.failures[0].type == 'java.lang.AssertionError': "flaky flakyOnce: ${once}"
doc.flaky.findAll { it['class'] == 'retry.LegacySetupTest' }.each { t ->
    assert t.state == 'invalid': "flaky ${t.id} has state ${t.state}; in the first run it was invalid (@BeforeClass failed)"
}

def ran = its.executions(basedir)
assert ran == ['retry.LegacySetupTest#readsEntry': 1, 'retry.LegacySetupTest#warmUp': 2, 'retry.LegacySetupTest#writesEntry': 1,
               'retry.LegacyTest#flakyOnce': 2, 'retry.LegacyTest#passes': 1]: "executions: ${ran}"

// Surefire's XML reports keep the first pass.
def cases = its.surefireCases(new File(basedir, 'target/surefire-reports'))
assert cases == [['retry.LegacySetupTest', '', 'failed'], ['retry.LegacyTest', 'flakyOnce', 'failed'], ['retry.LegacyTest', 'passes', 'passed']]:
        "target/surefire-reports: ${cases}"
return true

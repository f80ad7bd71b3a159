// A flaky method of a @Nested class reruns without its passing sibling (and without the outer class's test). It
// heals: result passed, build succeeds, flaky names it.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def OUTER = '[engine:junit-jupiter]/[class:retry.AccountTest]'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 3, passed: 3, failed: 0, skipped: 0, invalid: 0, flaky: 1, result: 'passed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 1, confirmed: 0, flaky: 1]: "retry is ${doc.retry}"

assert doc.tests*.id as Set == ["${OUTER}/[method:opensEmpty()]", "${OUTER}/[nested-class:WhenFrozen]/[method:keepsTheBalance()]"]*.toString() as Set:
        "tests: ${doc.tests*.id}"
assert doc.tests.every { it.state == 'passed' }

assert doc.flaky instanceof List && doc.flaky.size() == 1: "flaky is ${doc.flaky}"
def flaky = doc.flaky[0]
assert flaky.id == "${OUTER}/[nested-class:WhenFrozen]/[method:refusesWithdrawals()]".toString() &&
        flaky['class'] == 'retry.AccountTest$WhenFrozen' && flaky.method == 'refusesWithdrawals' &&
        flaky.file == 'src/test/java/retry/AccountTest.java': "flaky: ${flaky}"
assert flaky.state == 'failed' && flaky.failures*.message == ['first run of retry.AccountTest$WhenFrozen#refusesWithdrawals fails']: "flaky: ${flaky}"

def ran = its.executions(basedir)
assert ran == ['retry.AccountTest#opensEmpty': 1, 'retry.AccountTest$WhenFrozen#keepsTheBalance': 1,
               'retry.AccountTest$WhenFrozen#refusesWithdrawals': 2]: "executions: ${ran}"
return true

// Every first-pass failure heals on the rerun (an assertion and an error): summary.result is passed and the build
// succeeds, while flaky still names each healed test with its first run's failure. Flaky tests count as passed.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def ENGINE = '[engine:junit-jupiter]'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 4, passed: 4, failed: 0, skipped: 0, invalid: 0, flaky: 2, result: 'passed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 2, confirmed: 0, flaky: 2]: "retry is ${doc.retry}"

// -Dtracer.all: the two tests that passed the first time; the flaky ones only in flaky.
assert doc.tests*.id as Set == ["${ENGINE}/[class:retry.CartTest]/[method:totals()]", "${ENGINE}/[class:retry.StockTest]/[method:counts()]"]*.toString() as Set:
        "tests: ${doc.tests*.id}"
assert doc.tests.every { it.state == 'passed' }

assert doc.flaky instanceof List && doc.flaky.size() == 2: "flaky is ${doc.flaky}"
def discount = its.test([tests: doc.flaky], 'retry.CartTest', 'appliesDiscount')
assert discount.id == "${ENGINE}/[class:retry.CartTest]/[method:appliesDiscount()]".toString() && discount.state == 'failed' &&
        discount.file == 'src/test/java/retry/CartTest.java' && discount.line == its.declarationLineOf(basedir, 'src/test/java/retry/CartTest.java', 'appliesDiscount')
assert discount.failures.collect { [it.kind, it.type, it.message] } == [['assertion', 'java.lang.AssertionError', 'first run of retry.CartTest#appliesDiscount fails']]:
        "appliesDiscount keeps its first run's failure: ${discount.failures}"
def reserves = its.test([tests: doc.flaky], 'retry.StockTest', 'reserves')
assert reserves.state == 'failed' && reserves.failures.collect { [it.kind, it.type, it.message] } ==
        [['error', 'java.lang.IllegalStateException', 'stock service not ready']]: "reserves keeps its first run's failure: ${reserves.failures}"
its.assertFailingLine(reserves.failures[0], basedir, 'src/test/java/retry/StockTest.java', 'throw new IllegalStateException("stock service not ready");')

def ran = its.executions(basedir)
assert ran == ['retry.CartTest#appliesDiscount': 2, 'retry.CartTest#totals': 1, 'retry.StockTest#counts': 1, 'retry.StockTest#reserves': 2]:
        "executions: ${ran}"

// Surefire's XML reports keep the first pass, where both failed.
def cases = its.surefireCases(new File(basedir, 'target/surefire-reports'))
assert cases == [['retry.CartTest', 'appliesDiscount', 'failed'], ['retry.CartTest', 'totals', 'passed'],
                 ['retry.StockTest', 'counts', 'passed'], ['retry.StockTest', 'reserves', 'failed']]: "target/surefire-reports: ${cases}"

// Exit 0, and no build failure in the log.
def log = its.buildLog(basedir)
assert log.contains('BUILD SUCCESS') && !log.contains('BUILD FAILURE')
return true

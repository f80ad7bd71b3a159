// The all-flaky suite with -Dtracer.failOnFlaky: everything heals on the rerun, but flaky tests fail the build, with
// a message that says so. The document is the same as without the flag.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir, 'target/tracer/report.json', [failOnFlaky: true])
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky']) ==
        [total: 4, passed: 4, failed: 0, skipped: 0, invalid: 0, flaky: 2]: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 2, confirmed: 0, flaky: 2]: "retry is ${doc.retry}"
assert doc.tests == []: "failures only, and nothing failed for good: ${doc.tests*.id}"
assert doc.flaky*.id as Set == ['[engine:junit-jupiter]/[class:retry.CartTest]/[method:appliesDiscount()]',
                                '[engine:junit-jupiter]/[class:retry.StockTest]/[method:reserves()]'] as Set: "flaky: ${doc.flaky?.collect { it.id }}"

def ran = its.executions(basedir)
assert ran == ['retry.CartTest#appliesDiscount': 2, 'retry.CartTest#totals': 1, 'retry.StockTest#counts': 1, 'retry.StockTest#reserves': 2]:
        "executions: ${ran}"

// The build failed because of the flaky tests, and says so.
def log = its.buildLog(basedir).replace('\u001B[0m', '')
def failure = its.lineContaining(log, '[ERROR] Failed to execute goal dev.tracer:tracer-maven-plugin')
assert failure.toLowerCase().contains('flaky'): "the build failure does not mention the flaky tests:\n  ${failure}"
return true

// One invocation of a parameterized test is flaky. Only that invocation runs again; its passing siblings execute
// exactly once in total. It heals, so the result is passed and the build succeeds, and flaky names it.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def TEMPLATE = '[engine:junit-jupiter]/[class:retry.AmountTest]/[test-template:acceptsAmount(int)]'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'flaky', 'result']) ==
        [total: 4, passed: 4, failed: 0, skipped: 0, invalid: 0, flaky: 1, result: 'passed']: "summary is ${doc.summary}"
assert doc.retry == [ran: true, retried: 1, confirmed: 0, flaky: 1]: "retry is ${doc.retry}"

// -Dtracer.all: every test but the flaky one, each once and passed.
assert doc.tests*.id as Set == ["${TEMPLATE}/[test-template-invocation:#1]", "${TEMPLATE}/[test-template-invocation:#3]",
                                '[engine:junit-jupiter]/[class:retry.AmountTest]/[method:rejectsZero()]']*.toString() as Set: "tests: ${doc.tests*.id}"
assert doc.tests.every { it.state == 'passed' }: "${doc.tests.collect { it.id + ' ' + it.state }}"

assert doc.flaky instanceof List && doc.flaky.size() == 1: "flaky is ${doc.flaky}"
def flaky = doc.flaky[0]
assert flaky.id == "${TEMPLATE}/[test-template-invocation:#2]".toString() && flaky.name == '[2] 20' &&
        flaky['class'] == 'retry.AmountTest' && flaky.method == 'acceptsAmount': "flaky: ${flaky}"
assert flaky.state == 'failed' && flaky.failures*.message == ['first run of retry.AmountTest#acceptsAmount[20] fails']: "flaky: ${flaky}"

def ran = its.executions(basedir)
assert ran == ['retry.AmountTest#acceptsAmount[10]': 1, 'retry.AmountTest#acceptsAmount[20]': 2,
               'retry.AmountTest#acceptsAmount[30]': 1, 'retry.AmountTest#rejectsZero': 1]: "executions: ${ran}"
return true

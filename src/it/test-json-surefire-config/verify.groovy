// tracer runs the project's own Surefire configuration: argLine (its ${argLine} property and literal flags),
// systemPropertyVariables, includes/excludes, groups/excludedGroups; and -Dtest as given on the command line.
// The tests check the first two themselves; every test that must not run fails if it runs.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 3, passed: 3, failed: 0, skipped: 0, invalid: 0, result: 'passed']: "summary is ${doc.summary}; failures: ${doc.tests.findAll { it.state == 'failed' }.collect { [it.method, it.failures*.message] }}"
its.tests(doc, 3)
assert doc.tests.collect { "${it['class']}#${it.method}".toString() }.sort() ==
        ['config.ConfigCheck#readsArgLine', 'config.ConfigCheck#readsSystemPropertyVariables', 'config.SecondCheck#alsoRuns']
assert its.test(doc, 'config.ConfigCheck', 'readsArgLine').tags == ['fast']
// Not run: UntaggedCheck (groups), BrokenCheck (excludes), DefaultNamedTest (includes), isExcludedBySlowTag
// (excludedGroups). Surefire's reports are the second (full) run's: it rewrote ConfigCheck's after the first.
its.assertSameCountsAsSurefire(doc, new File(basedir, 'target/surefire-reports'))

// First invocation: -Dtest=ConfigCheck#readsArgLine runs that one test only.
def single = its.report(basedir, 'target/tracer/single.json')
assert single.summary.subMap(['total', 'passed', 'result']) == [total: 1, passed: 1, result: 'passed']: "${single.summary}"
assert its.tests(single, 1)[0].id == '[engine:junit-jupiter]/[class:config.ConfigCheck]/[method:readsArgLine()]'
return true

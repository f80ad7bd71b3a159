// The project uses Jackson 2.9.10; tracer uses a newer Jackson. Only the listener may reach the test classpath:
// the tests check at run time that every Jackson class and jar is 2.9.10 and that tracer's core is absent, and
// must pass exactly as under plain mvn test.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 4, passed: 4, failed: 0, skipped: 0, invalid: 0, result: 'passed']: "summary is ${doc.summary}; failures: ${doc.tests.findAll { it.state == 'failed' }.collect { [it.method, it.failures*.message] }}"
its.tests(doc, 4)
assert doc.tests*.method.sort() == ['objectMapperIsTheProjectsOwnVersion', 'onlyTheProjectsJacksonIsOnTheTestClasspath',
                                    'serializesWithTheOldJackson', 'tracerCoreClassesAreNotOnTheTestClasspath']
its.assertSameCountsAsSurefire(doc, new File(basedir, 'target/surefire-reports'))
return true

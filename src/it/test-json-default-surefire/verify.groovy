// No maven-surefire-plugin version in the POM. Maven 3.8 binds 2.12.4, which runs no JUnit 5 test (plain mvn test
// says "Tests run: 0") and cannot load tracer's listener: tracer runs its pinned Surefire instead and says so.
// Maven 3.9 binds a Surefire above the floor (3.2.x), which tracer runs as it is.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def pinned = binding.hasVariable('surefirePinned') ? surefirePinned : '3.5.4'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 2, passed: 2, failed: 0, skipped: 0, invalid: 0, result: 'passed']: "summary is ${doc.summary}"
its.tests(doc, 2)
assert doc.tests*.method.sort() == ['countsNothingInBlankText', 'countsWords']
its.assertSameCountsAsSurefire(doc, new File(basedir, 'target/surefire-reports'))

def log = its.buildLog(basedir)
def warning = "[WARNING] maven-surefire-plugin 2.12.4 cannot run tracer's listener (it needs 3.2.0 or newer); " +
        "running ${pinned} instead. Set <version> of maven-surefire-plugin in your POM to 3.2.0 or newer to choose it yourself."
if (mavenVersion.startsWith('3.8.') || mavenVersion.startsWith('3.6.')) {
    // (That a modern Surefire ran shows in its XML reports above: 2.12.4 writes a report with 0 tests.)
    its.assertLine(log, warning.toString())
} else {
    assert !log.contains('cannot run tracer\'s listener'): "Maven ${mavenVersion} binds a Surefire above the floor: no warning"
}
return true

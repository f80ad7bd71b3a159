// tracer.skip, skipTests and maven.test.skip each skip the run, say why, and leave the build green even though the
// only test would fail.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def runs = its.invocations(its.buildLog(basedir), 3)
its.assertLine(runs[0], '[INFO] Tests are skipped (tracer.skip).')
its.assertLine(runs[1], '[INFO] Tests are skipped (skipTests).')
its.assertLine(runs[2], '[INFO] Tests are skipped (maven.test.skip).')
runs.each { assert it.contains('BUILD SUCCESS') }

assert !new File(basedir, 'target/tracer/report.json').exists(): 'a skipped run writes no document'
assert !new File(basedir, 'target/surefire-reports').exists(): 'Surefire ran although the tests were skipped'
return true

// Point 8 of issue 5: an empty or corrupt exec file stops coverage with an error naming the file; the document
// with the test results is still written (without coverage, with the reason in warnings).
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def runs = its.invocations(its.buildLog(basedir), 2)
def exec = new File(basedir, 'target/bad.exec').canonicalFile

[[0, 'empty.json', "The JaCoCo exec file ${exec} is empty"],
 [1, 'corrupt.json', "The JaCoCo exec file ${exec} is not JaCoCo execution data (Invalid execution data file.)"]].each { i, name, message ->
    def doc = its.report(basedir, "target/tracer/${name}")
    assert doc.summary.subMap(['total', 'passed', 'result']) == [total: 1, passed: 1, result: 'passed']
    assert !doc.containsKey('coverage')
    assert doc.warnings.any { it.startsWith(message.toString()) }: "${name}: ${doc.warnings}"
    def failure = its.lineContaining(runs[i], '[ERROR] Failed to execute goal')
    assert failure.contains("Coverage could not be computed: ${message}"): failure
    assert runs[i].contains('BUILD FAILURE')
}
return true

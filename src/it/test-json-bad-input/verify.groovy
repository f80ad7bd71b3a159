// Bad input ends with an error that names the -D property: an unknown tracer.* property, a malformed boolean, an
// output path that cannot be written (where the document still reaches stdout).
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def runs = its.invocations(its.buildLog(basedir), 3)

// 1: -Dtracer.bogus=1
assert its.lineContaining(runs[0], 'Unknown property -Dtracer.bogus').startsWith('[ERROR]')
assert runs[0].contains('BUILD FAILURE')

// 2: -Dtracer.all=yes
assert its.lineContaining(runs[1], '-Dtracer.all=yes is not a boolean').startsWith('[ERROR]')
assert runs[1].contains('BUILD FAILURE')

// 3: -Dtracer.output=pom.xml/report.json (pom.xml is a file): the error names tracer.output, the document is on stdout
def error = runs[2].readLines().find { it.startsWith('[ERROR]') && it.contains('tracer.output') }
assert error != null: "no [ERROR] line naming tracer.output in the third invocation"
assert runs[2].contains('BUILD FAILURE')
def doc = its.firstJsonObject(runs[2])
its.assertSchema(dev.tracer.schema.Schemas.STDOUT_DOCUMENT, groovy.json.JsonOutput.toJson(doc), 'stdout of the third invocation')
assert doc.summary.subMap(['total', 'passed', 'result']) == [total: 1, passed: 1, result: 'passed']: "${doc.summary}"
assert new File(basedir, 'pom.xml').isFile(): 'pom.xml is still a file'
return true

// Fail closed: a test JVM that never starts leaves no result. That is an error in the document and a failed build,
// never "no tests ran" and a green build.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'result']) == [total: 0, result: 'failed']: "summary is ${doc.summary}"
assert doc.errors?.size() == 1: "errors: ${doc.errors}"
assert doc.errors[0].startsWith("Surefire's test run broke (") && doc.errors[0].contains('and no test reported a result'): doc.errors[0]
assert doc.hint == 'The test run broke outside any test and results are missing: see errors.': doc.hint
def log = its.buildLog(basedir)
def line = its.lineContaining(log, 'The test run failed outside any test: ')
assert line.contains("Surefire's test run broke (") && line.contains('Report: target/tracer/report.json'): line
return true

// A project without tests still gets a valid document: total 0, result passed, an empty tests list.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 0, passed: 0, failed: 0, skipped: 0, invalid: 0, result: 'passed']: "summary is ${doc.summary}"
assert doc.tests == []: "tests: ${doc.tests}"
assert !doc.containsKey('class_failures')
return true

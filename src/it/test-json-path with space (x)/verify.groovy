// A project in a directory whose name has spaces and parentheses, run twice: both runs succeed, file paths stay
// relative, and the two documents are identical apart from durations and timing (the document is deterministic).
// A green run reruns nothing: its timing says so.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
assert basedir.name == 'test-json-path with space (x)'

def first = its.report(basedir)
assert first.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 4, passed: 3, failed: 0, skipped: 1, invalid: 0, result: 'passed']: "summary is ${first.summary}"
its.tests(first, 4)
first.tests.each { assert it.file == 'src/test/java/spaced/SlugTest.java': "file of ${it.id} is ${it.file}" }
assert first.tests.findAll { it.method == 'collapsesRuns' }*.name == ['[1] a b', '[2] a  b']
assert its.test(first, 'spaced.SlugTest', 'keepsUnicodeLetters').skip_reason == 'unicode titles come later'
its.assertSameCountsAsSurefire(first, new File(basedir, 'target/surefire-reports'))
def timing = its.timing(first)
assert timing.tests > 0 && timing.rerun == 0: "a green run's timing: ${timing}"

def second = its.report(basedir, 'target/tracer/second.json')
def withoutDurations
withoutDurations = { node ->
    node instanceof Map ? node.findAll { !(it.key in ['duration_ms', 'timing']) }.collectEntries { k, v -> [k, withoutDurations(v)] }
            : node instanceof List ? node.collect { withoutDurations(it) } : node
}
assert withoutDurations(first) == withoutDurations(second): 'two runs of the same suite gave different documents'
return true

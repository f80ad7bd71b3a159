// Deterministic output: the same suite run twice gives byte-identical documents apart from the wall-clock fields:
// the duration_ms values and the timing object (both documented as timing fields).
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def first = its.report(basedir, 'target/tracer/first.json', [filterOut: true])
def second = its.report(basedir, 'target/tracer/second.json', [filterOut: true])
[first, second].each { doc ->
    assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'filtered', 'result']) ==
            [total: 15, passed: 5, failed: 8, skipped: 1, invalid: 1, filtered: 1, result: 'failed']: "summary is ${doc.summary}"
    its.tests(doc, 15)
    its.timing(doc)
    assert doc.error_groups.size() == 7: "error_groups: ${doc.error_groups}"
}
// First as data, for a readable message...
def a = its.withoutDurations(first), b = its.withoutDurations(second)
a.keySet().each { k -> assert a[k] == b[k]: "'${k}' differs between two runs of the same suite:\n  first:  ${a[k]}\n  second: ${b[k]}" }
assert a == b
// ...then as bytes: the same keys in the same order, the same spacing.
def bytes = { String path ->
    new File(basedir, path).getText('UTF-8').replaceAll(/("duration_ms"\s*:\s*)\d+/) { all, key -> key + '0' }
            .replaceAll(/("timing"\s*:\s*)\{[^{}]*\}/) { all, key -> key + '{}' }
}
String x = bytes('target/tracer/first.json'), y = bytes('target/tracer/second.json')
if (x != y) {
    def xl = x.readLines(), yl = y.readLines()
    def differs = (0..<Math.min(xl.size(), yl.size())).find { xl[it] != yl[it] }
    int i = differs != null ? differs : Math.min(xl.size(), yl.size())
    assert false: "the two documents differ beyond duration_ms and timing, first at line ${i + 1}:\n  ${xl[i]}\n  ${yl[i]}"
}
return true

// tracer.summaryOnly and tracer.firstFailure, from -D and from the POM, and their precedence (summaryOnly over
// firstFailure over all): whatever the view shows, the summary counts the whole run and the build still fails.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def ACCOUNT = 'src/test/java/views/AccountTest.java'
def RUN = [total: 15, passed: 5, failed: 8, skipped: 1, invalid: 1, result: 'failed']
def countsOf = { Map doc -> doc.summary.findAll { !(it.key in ['duration_ms', 'flaky', 'surefire']) } }

def all = its.report(basedir, 'target/tracer/all.json')
assert countsOf(all) == RUN: "summary is ${all.summary}"
its.tests(all, 15)
assert all.class_failures*.getAt('class') == ['views.WarehouseTest']: "class failures: ${all.class_failures}"

// summaryOnly: only version, summary and (when set) hint; no tests, class_failures, warnings, error_groups.
['summary-only', 'summary-over-first', 'summary-only-pom'].each { name ->
    def doc = its.report(basedir, "target/tracer/${name}.json", [summaryOnly: true])
    ['tests', 'class_failures', 'warnings', 'error_groups'].each { key ->
        assert !doc.containsKey(key): "${name}: a summary-only document has no ${key}: ${doc[key]}"
    }
    assert countsOf(doc) == RUN: "${name}: the summary counts the whole run, it is ${doc.summary}"
}

// firstFailure: tests holds the first failed or invalid test in document order (file, line, name). The withdrawal
// test is declared before the deposit test, so by name (or by a class's run order) the answer would differ.
def first = all.tests.find { it.state in ['failed', 'invalid'] }
assert first.method == 'withdrawalNeedsTheBalanceService' && first.file == ACCOUNT &&
        first.line == its.declarationLineOf(basedir, ACCOUNT, 'withdrawalNeedsTheBalanceService'): "first failure of all.json: ${first}"
['first-failure', 'first-over-all', 'first-failure-pom'].each { name ->
    def doc = its.report(basedir, "target/tracer/${name}.json")
    assert doc.tests.size() == 1: "${name}: firstFailure shows one test, found ${doc.tests.collect { it['class'] + '#' + it.name }}"
    assert its.withoutDurations(doc.tests[0]) == its.withoutDurations(first): "${name}: the test shown is ${doc.tests[0]}, expected ${first}"
    assert countsOf(doc) == RUN: "${name}: the summary counts the whole run, it is ${doc.summary}"
    // the other keys as usual
    assert doc.class_failures == all.class_failures: "${name}: class_failures are ${doc.class_failures}"
    assert (doc.keySet() - 'hint') == (all.keySet() - 'hint'): "${name}: keys ${doc.keySet()}, expected those of the full document ${all.keySet()}"
}

// firstFailure when nothing failed: no test.
def green = its.report(basedir, 'target/tracer/first-failure-green.json')
assert countsOf(green) == [total: 15, passed: 14, failed: 0, skipped: 1, invalid: 0, result: 'passed']: "summary is ${green.summary}"
assert green.tests == []: "nothing failed, yet firstFailure shows ${green.tests}"

// What each invocation printed is the document it wrote, and every failing view still fails the build.
def files = ['all', 'summary-only', 'first-failure', 'summary-over-first', 'first-over-all', 'summary-only-pom',
             'first-failure-pom', 'first-failure-green']
def runs = its.invocations(its.buildLog(basedir), files.size())
files.eachWithIndex { name, i ->
    // stdout has the lean form of what the file has (the report file is the full document).
    its.printedDocument(runs[i], its.report(basedir, "target/tracer/${name}.json", [summaryOnly: name.startsWith('summary')]),
            "invocation ${i + 1} (target/tracer/${name}.json)")
    if (name == 'first-failure-green') {
        its.assertLine(runs[i], '[INFO] BUILD SUCCESS')
    } else {
        assert its.reportPathInFailure(runs[i], 'There are test failures: 8 failed, 1 invalid of 15 tests.')
                .endsWith("target/tracer/${name}.json"): "invocation ${i + 1} (${name})"
    }
}
return true

// Tracer's own agent on both passes: target/tracer/jacoco.exec (first run) and rerun-jacoco.exec (the flaky test's
// rerun) are merged, so shop.Rerun.second(), which only the rerun calls, counts as covered. The late-bound
// @{argLine}, with no argLine property, still reaches the JVM with the rest of <argLine> (-Dfrom.argline=yes).
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def runs = its.invocations(its.buildLog(basedir), 6)

def tracer = new File(basedir, 'target/tracer')
['jacoco.exec', 'rerun-jacoco.exec', 'listener/jacocoagent.jar'].each {
    assert new File(tracer, it).length() > 0: "no ${it} under target/tracer"
}

def cart = [class: 'shop.Cart', module: 'cover-basic', file: 'src/main/java/shop/Cart.java', percentage: 85.71,
            covered_lines: 6, total_lines: 7, uncovered_lines: [8], partial_lines: [7, 18],
            covered_branches: 2, total_branches: 4, covered_instructions: 21, total_instructions: 29]
// Line 4 is the implicit constructor, never called; line 5 (second()) ran in the rerun only.
def rerun = [class: 'shop.Rerun', module: 'cover-basic', file: 'src/main/java/shop/Rerun.java', percentage: 50,
             covered_lines: 1, total_lines: 2, uncovered_lines: [4], partial_lines: [],
             covered_branches: 0, total_branches: 0, covered_instructions: 2, total_instructions: 5]
def unused = [class: 'shop.Unused', module: 'cover-basic', file: 'src/main/java/shop/Unused.java', percentage: 0,
              covered_lines: 0, total_lines: 2, uncovered_lines: [3, 5], partial_lines: [],
              covered_branches: 0, total_branches: 0, covered_instructions: 0, total_instructions: 5]

// 1: default view, classes below 100%; every test passed in the end (one flaky).
def doc = its.report(basedir, 'target/tracer/default.json')
assert doc.summary.subMap(['total', 'passed', 'flaky', 'result']) == [total: 3, passed: 3, flaky: 1, result: 'passed']
assert doc.coverage.subMap(['counter', 'total_percentage', 'counter_covered', 'counter_total', 'total_lines', 'covered_lines']) ==
        [counter: 'LINE', total_percentage: 63.64, counter_covered: 7, counter_total: 11, total_lines: 11, covered_lines: 7]
assert doc.coverage.classes == [cart, rerun, unused]
assert !doc.coverage.containsKey('threshold') && !doc.coverage.containsKey('threshold_met')
assert runs[0].contains('BUILD SUCCESS')

// 2: -Dtracer.coverThreshold=95 -Dtracer.all -Dtracer.coverExcludes=shop.Unu*d: shop.Unused does not count.
doc = its.report(basedir, 'target/tracer/threshold.json', [all: true])
assert doc.coverage.subMap(['counter', 'total_percentage', 'total_lines', 'covered_lines', 'threshold', 'threshold_met']) ==
        [counter: 'LINE', total_percentage: 77.78, total_lines: 9, covered_lines: 7, threshold: 95, threshold_met: false]
assert doc.coverage.classes == [cart, rerun]
assert its.lineContaining(runs[1], '[ERROR] Failed to execute goal') .contains(
        'Coverage is 77.78% (LINE), below -Dtracer.coverThreshold=95. Classes that miss most: shop.Cart (1 of 7 missed,'
        + ' 85.71%), shop.Rerun (1 of 2 missed, 50%). Report: target/tracer/threshold.json')
assert runs[1].contains('BUILD FAILURE')

// 3: -Dtracer.coverThreshold=abc: a configuration error; no test ran, no document.
assert its.lineContaining(runs[2], '-Dtracer.coverThreshold=abc is not a percentage: give a number from 0 to 100')
        .startsWith('[ERROR]')
assert !runs[2].contains('T E S T S')
assert !new File(tracer, 'bad.json').exists()

// 4: -Dtracer.summaryOnly -Dtracer.coverCounter=BRANCH: the totals, no classes.
doc = its.report(basedir, 'target/tracer/summary.json', [summaryOnly: true])
assert doc.coverage == [counter: 'BRANCH', total_percentage: 50, counter_covered: 2, counter_total: 4, total_lines: 11,
                        covered_lines: 7]

// 5 and 6: a hard-coded <argLine>, then ${argLine} from a property: the tests (argLineReachesTheJvm among them)
// pass, and the coverage is the same as in 1 (the flaky test's rerun included).
['hard-coded', 'property'].eachWithIndex { name, i ->
    doc = its.report(basedir, "target/tracer/${name}.json")
    assert doc.summary.subMap(['total', 'passed', 'flaky', 'result']) == [total: 3, passed: 3, flaky: 1, result: 'passed']:
            "${name}: ${doc.summary}"
    assert doc.coverage.classes == [cart, rerun, unused]: "${name}: ${doc.coverage}"
    assert runs[4 + i].contains('BUILD SUCCESS')
}
// The scenario report of the last run (6, with coverage): each production type in node_index carries the JaCoCo
// line coverage of its class, the same figures as the document's coverage.
def scenarios = its.scenarioReport(basedir)
def lineCoverage = scenarios.node_index.findAll { id, node -> id in ['shop.Cart', 'shop.Rerun', 'shop.Unused'] }
        .collectEntries { id, node -> [id, node.line_coverage] }
assert lineCoverage == ['shop.Cart': [covered_lines: 6, total_lines: 7, percentage: 85.7],
                        'shop.Rerun': [covered_lines: 1, total_lines: 2, percentage: 50.0],
                        'shop.Unused': [covered_lines: 0, total_lines: 2, percentage: 0.0]]: "line_coverage in node_index: ${lineCoverage}"
return true

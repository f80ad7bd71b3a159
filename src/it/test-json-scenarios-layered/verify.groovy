// tracer:test-json on the layered shop: the run is joined with the extracted scenarios. Tests' outcomes and durations
// reach scenarios.json (each parameterized invocation listed), step statuses come from the failing line, and the
// failed test's entry in the document carries its steps.

def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 10, passed: 9, failed: 1, skipped: 0, invalid: 0, result: 'failed']: "summary is ${doc.summary}"

// The failed test: its steps, passed up to the assertion on the failing line, which failed; then not executed.
assert doc.tests.size() == 1
def failed = doc.tests[0]
assert failed['class'] == 'shop.owner.OwnerServiceTest' && failed.method == 'countsOwners'
assert failed.failures[0].line == 44 && failed.failures[0].source == 'assertEquals(2, count);'
assert failed.steps.collect { [it.id, it.kind, it.line, it.status] } == [
        ['step-1', 'stub', 20, 'passed'],
        ['step-2', 'construct', 23, 'passed'],
        ['step-3', 'stub', 42, 'passed'],
        ['step-4', 'action', 43, 'passed'],
        ['step-5', 'assertion', 44, 'failed'],
        ['step-6', 'verify', 45, 'not_executed']]: "steps are ${failed.steps}"
assert failed.steps[4].assertion_context == [assertion: 'assertEquals', actual: 'count', expected: '2']
assert doc.scenarios == [file: 'target/tracer/scenarios.json', count: 8, node_coverage_pct: 83.3,
                         uncovered_node_ids: ['shop.billing.Invoice']]: "scenarios is ${doc.scenarios}"

def report = its.scenarioReport(basedir)
assert report.scenarios.size() == 8 && report.warnings == []
report.scenarios.each { s -> assert s.evidence_mode == 'runtime': "${s.id} is ${s.evidence_mode}" }
def scenario = { id -> report.scenarios.find { it.id == id } }

def counts = scenario('shop.owner.OwnerServiceTest#countsOwners')
assert counts.tests.size() == 1 && counts.tests[0].outcome == 'failed' && counts.tests[0].duration_ms instanceof Integer
assert counts.tests[0].id == '[engine:junit-jupiter]/[class:shop.owner.OwnerServiceTest]/[method:countsOwners()]'
assert counts.flow*.status == ['passed', 'passed', 'passed', 'passed', 'failed', 'not_executed']
assert counts.evidence == [executed_steps: 5, passed_steps: 4, failed_steps: 1, not_executed_steps: 1]

def strips = scenario('shop.owner.OwnerTest$WhenRenamed#stripsTheName')
assert strips.tests*.name == ['[1] Cy', '[2]  Cy', '[3] Cy ']: "invocations ${strips.tests*.name}"
assert strips.tests*.outcome == ['passed', 'passed', 'passed']
assert strips.flow*.status.every { it == 'passed' } && strips.evidence.passed_steps == strips.flow.size()

def shows = scenario('shop.owner.OwnerControllerTest#showsAnOwner')
assert shows.tests*.outcome == ['passed'] && shows.flow*.status.every { it == 'passed' }

def perf = report.performance
assert perf.test_count == 10
assert perf.total_test_duration_ms == report.scenarios.sum { s -> s.tests.sum { it.duration_ms } }
assert perf.avg_duration_ms == perf.total_test_duration_ms.intdiv(10)
assert perf.slowest_tests.size() == 10 && perf.fastest_tests.size() == 10
assert perf.slowest_tests*.duration_ms == perf.slowest_tests*.duration_ms.sort(false).reverse()
assert perf.fastest_tests*.duration_ms == perf.fastest_tests*.duration_ms.sort(false)
assert report.coverage.covered_nodes == 5 && report.coverage.uncovered_node_ids == ['shop.billing.Invoice']
return true

// tracer:scenarios on a layered Spring MVC project: static extraction, no test runs. Checks the scenarios, their
// typed steps (construct, action, stub, verify, assertion, http_request, persistence), the node index with routes,
// and the node coverage report.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def report = its.scenarioReport(basedir)

// Under -q, stdout holds the report and nothing else (Debian's Maven adds ANSI resets: strip them).
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\u001b[0m', '')
def printed = log.substring(log.indexOf('{'), log.lastIndexOf('}') + 1)
assert its.scenarioReportText(printed, 'stdout of tracer:scenarios') == report: 'stdout and target/tracer/scenarios.json differ'
assert !new File(basedir, 'target/surefire-reports').exists(): 'tracer:scenarios ran tests'
assert !new File(basedir, 'target/classes').exists(): 'tracer:scenarios compiled'

assert report.version == 1
assert report.warnings == []: "warnings: ${report.warnings}"
assert report.duration_ms instanceof Integer && report.performance.extraction_duration_ms instanceof Integer
def ids = report.scenarios*.id
assert ids == ['shop.owner.OwnerControllerTest#createsAnOwner', 'shop.owner.OwnerControllerTest#showsAnOwner',
               'shop.owner.OwnerServiceTest#countsOwners', 'shop.owner.OwnerServiceTest#findsAnOwner',
               'shop.owner.OwnerServiceTest#registersAnOwner', 'shop.owner.OwnerTest$WhenRenamed#keepsItsId',
               'shop.owner.OwnerTest$WhenRenamed#rejectsNull', 'shop.owner.OwnerTest$WhenRenamed#stripsTheName']:
        "scenarios: ${ids}"
report.scenarios.each { s ->
    assert s.evidence_mode == 'static' && s.tests == [] && s.module == 'layered-shop': "${s.id}: ${s}"
    assert s.flow*.status.every { it == 'unknown' }: "${s.id}: statuses ${s.flow*.status}"
    assert s.flow*.id == (1..s.flow.size()).collect { "step-${it}".toString() }: "${s.id}: step ids ${s.flow*.id}"
    assert s.evidence == [executed_steps: 0, passed_steps: 0, failed_steps: 0, not_executed_steps: 0]
    assert s.nodes == s.flow*.node_id.findAll { it }.unique(): "${s.id}: nodes ${s.nodes}"
}
def scenario = { id -> report.scenarios.find { it.id == id } }
def steps = { id -> scenario(id).flow.collect { [it.type, it.kind, it.label, it.node_id, it.action, it.line] } }

// Mockito: @Mock and @InjectMocks fields are setup; when/verify name the mocked type and method.
def counts = scenario('shop.owner.OwnerServiceTest#countsOwners')
assert counts.source_file == 'src/test/java/shop/owner/OwnerServiceTest.java' && counts.line == 41
assert counts.category == 'service' && counts.tags == ['service']
assert steps(counts.id) == [
        ['setup', 'stub', '@Mock OwnerRepository', 'shop.owner.OwnerRepository', null, 20],
        ['setup', 'construct', '@InjectMocks OwnerService', 'shop.owner.OwnerService', '<init>', 23],
        ['call', 'stub', 'when OwnerRepository.findAll thenReturn', 'shop.owner.OwnerRepository', 'findAll', 42],
        ['call', 'action', 'OwnerService.count', 'shop.owner.OwnerService', 'count', 43],
        ['call', 'assertion', 'assertEquals count → 2', null, null, 44],
        ['call', 'verify', 'verify OwnerRepository.findAll', 'shop.owner.OwnerRepository', 'findAll', 45]]: steps(counts.id)
def action = counts.flow[3]
assert action.module_function == 'shop.owner.OwnerService#count' && action.actor == 'service' && action.result == 'count'
assert action.source_snippet == 'service.count()' && action.test_name == 'countsOwners'
assert counts.flow[4].assertion_context == [assertion: 'assertEquals', actual: 'count', expected: '2']
assert counts.flow[4].focus_targets == ['shop.owner.OwnerService']: 'an assertion on a value is about the step before'
assert counts.graph_path == ['shop.owner.OwnerRepository', 'shop.owner.OwnerService', 'shop.owner.OwnerRepository',
                             'shop.owner.OwnerService', 'shop.owner.OwnerRepository']

// Spring MVC: the request goes to the controller method mapped to the route; andExpect are assertions.
def shows = scenario('shop.owner.OwnerControllerTest#showsAnOwner')
assert shows.name == 'shows an owner by id' && shows.display_name == 'OwnerControllerTest > shows an owner by id'
assert steps(shows.id) == [
        ['setup', 'construct', 'new InMemoryOwnerRepository', 'shop.owner.InMemoryOwnerRepository', '<init>', 16],
        ['setup', 'construct', 'new Owner', 'shop.owner.Owner', '<init>', 21],
        ['setup', 'persistence', 'InMemoryOwnerRepository.save', 'shop.owner.InMemoryOwnerRepository', 'save', 21],
        ['setup', 'construct', 'new OwnerService', 'shop.owner.OwnerService', '<init>', 22],
        ['setup', 'construct', 'new OwnerController', 'shop.owner.OwnerController', '<init>', 22],
        ['call', 'http_request', 'GET /owners/{ownerId} → OwnerController#show', 'shop.owner.OwnerController', 'show', 28],
        ['call', 'assertion', 'andExpect status().isOk()', null, null, 29],
        ['call', 'assertion', 'andExpect content().string("Ann")', null, null, 30]]: steps(shows.id)
assert shows.flow[5].emits == ['GET /owners/{ownerId}'] && shows.flow[5].module_function == 'shop.owner.OwnerController#show'
assert shows.flow[7].assertion_context == [assertion: 'andExpect', actual: 'response', expected: 'content().string("Ann")']
def creates = scenario('shop.owner.OwnerControllerTest#createsAnOwner')
assert creates.flow.find { it.kind == 'http_request' }.subMap(['label', 'node_id', 'action']) ==
        [label: 'POST /owners → OwnerController#create', node_id: 'shop.owner.OwnerController', action: 'create']

// @Nested and @DisplayName shape the name; AssertJ chains are one assertion each; var takes a method's return type.
def keeps = scenario('shop.owner.OwnerTest$WhenRenamed#keepsItsId')
assert keeps.display_name == 'An owner > when renamed > keepsItsId' && keeps.tags == ['fast'] && keeps.category == 'owner'
assert steps(keeps.id) == [
        ['setup', 'construct', 'new Owner', 'shop.owner.Owner', '<init>', 15],
        ['call', 'action', 'Owner.renamed', 'shop.owner.Owner', 'renamed', 23],
        ['call', 'action', 'Owner.getId', 'shop.owner.Owner', 'getId', 24],
        ['call', 'assertion', 'assertThat.isEqualTo renamed.getId() → 1', null, null, 24],
        ['call', 'action', 'Owner.getName', 'shop.owner.Owner', 'getName', 25],
        ['call', 'assertion', 'assertThat.isEqualTo renamed.getName() → "Bea"', null, null, 25]]: steps(keeps.id)
def rejects = scenario('shop.owner.OwnerTest$WhenRenamed#rejectsNull')
assert rejects.flow[2].assertion_context ==
        [assertion: 'assertThatThrownBy.isInstanceOf', actual: '() -> owner.renamed(null)', expected: 'NullPointerException.class']

// Nodes: production types with what their annotations make them; coverage = reached by a scenario's flow.
def index = report.node_index
assert index.keySet() as List == ['shop.billing.Invoice', 'shop.owner.InMemoryOwnerRepository', 'shop.owner.Owner',
                                  'shop.owner.OwnerController', 'shop.owner.OwnerRepository', 'shop.owner.OwnerService']
assert index.collectEntries { k, v -> [k, v.type] } == ['shop.billing.Invoice': 'record',
        'shop.owner.InMemoryOwnerRepository': 'repository', 'shop.owner.Owner': 'entity',
        'shop.owner.OwnerController': 'controller', 'shop.owner.OwnerRepository': 'repository',
        'shop.owner.OwnerService': 'service']
assert index['shop.owner.OwnerController'].routes == [[route: 'GET /owners/count', method: 'count'],
        [route: 'GET /owners/{ownerId}', method: 'show'], [route: 'POST /owners', method: 'create']]
assert index['shop.owner.OwnerController'].scenarios == ['shop.owner.OwnerControllerTest#createsAnOwner',
                                                         'shop.owner.OwnerControllerTest#showsAnOwner']
assert index['shop.owner.OwnerController'].file == 'src/main/java/shop/owner/OwnerController.java'
assert index.values().every { !it.containsKey('line_coverage') }: 'no JaCoCo coverage without a test run'
assert report.coverage == [total_nodes: 6, covered_nodes: 5, coverage_pct: 83.3,
        uncovered_node_ids: ['shop.billing.Invoice'],
        coverage_by_type: [controller: [total_nodes: 1, covered_nodes: 1, coverage_pct: 100.0],
                           entity: [total_nodes: 1, covered_nodes: 1, coverage_pct: 100.0],
                           record: [total_nodes: 1, covered_nodes: 0, coverage_pct: 0.0],
                           repository: [total_nodes: 2, covered_nodes: 2, coverage_pct: 100.0],
                           service: [total_nodes: 1, covered_nodes: 1, coverage_pct: 100.0]]]: "${report.coverage}"
assert report.performance.subMap(['total_test_duration_ms', 'avg_duration_ms', 'test_count', 'slowest_tests',
        'fastest_tests']) == [total_test_duration_ms: 0, avg_duration_ms: 0, test_count: 0, slowest_tests: [],
        fastest_tests: []]
return true

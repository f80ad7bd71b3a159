// A user's adapter, built in invocation 1 and added to the plugin's <dependencies> in invocation 2, is found through
// ServiceLoader and runs before the built-in ones (its expandStep adds a sub-step); <adapters> disables the built-in
// assertions adapter.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def report = its.scenarioReport(basedir, 'app/target/tracer/scenarios.json')
// build.log holds both invocations; under -q the app's holds the report and nothing else (ANSI resets stripped).
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\u001b[0m', '')
int start = log.lastIndexOf('\n{\n')
assert start >= 0: 'tracer:scenarios printed no report'
def printed = log.substring(start + 1, log.indexOf('\n}\n', start) + 2)
assert its.scenarioReportText(printed, 'stdout of tracer:scenarios') == report: 'stdout and app/target/tracer/scenarios.json differ'
assert report.warnings == []: "warnings: ${report.warnings}"
assert report.scenarios*.id == ['shop.events.CheckoutTest#placingAnOrderPublishesIt']
def flow = report.scenarios[0].flow
assert flow.collect { [it.type, it.kind, it.label, it.node_id, it.action, it.emits, it.line] } == [
        ['setup', 'construct', 'new EventBus', 'shop.events.EventBus', '<init>', [], 8],
        ['call', 'construct', 'new Checkout', 'shop.events.Checkout', '<init>', [], 12],
        ['call', 'action', 'Checkout.place', 'shop.events.Checkout', 'place', [], 12],
        ['call', 'construct', 'new OrderPlaced', 'shop.events.OrderPlaced', '<init>', [], 13],
        ['call', 'event', 'publish new OrderPlaced(8)', 'shop.events.EventBus', 'publish', ['shop.events.OrderPlaced'], 13],
        ['call', 'delivery', 'deliver [shop.events.OrderPlaced]', 'shop.events.EventBus', 'deliver', [], 13],
        ['call', 'action', 'EventBus.published', 'shop.events.EventBus', 'published', [], 14]]: "flow is ${flow}"
assert flow[4].actor == 'bus' && flow[4].source_snippet == 'bus.publish(new OrderPlaced(8))'
assert flow[4].module_function == 'shop.events.EventBus#publish' && flow[4].test_name == 'placingAnOrderPublishesIt'
assert flow*.id == (1..7).collect { "step-${it}".toString() }
assert !flow.any { it.kind == 'assertion' }: 'the assertions adapter is disabled'
return true

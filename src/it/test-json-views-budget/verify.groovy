// The lean stdout document on a project with many failures and one root cause: twelve tests fail in
// Inventory.reserve with the same exception, two fail on their own. stdout tells the cause once (causes), the first of
// its tests in full and the other eleven by who they are and their failing line, within the budget; the report file
// keeps every test in full. -Dtracer.budget cuts in the documented order and counts what it left out;
// -Dtracer.verbose prints the full document. The runs are nested mvn -q builds, so that stdout is read apart.
import groovy.json.JsonSlurper

def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def RUN = [total: 16, passed: 2, failed: 14, skipped: 0, invalid: 0, flaky: 0, result: 'failed']
def countsOf = { Map doc -> doc.summary.findAll { !(it.key in ['duration_ms', 'surefire']) } }
def bytes = { String text -> text.getBytes('UTF-8').length }
def documentText = { String stdout -> stdout.readLines().find { it.startsWith('{') } + '\n' }
def INVENTORY = 'src/main/java/shop/Inventory.java'
def testSource = new File(basedir, 'src/test/java/shop/InventoryTest.java').readLines()
def THROW_LINE = new File(basedir, INVENTORY).readLines().findIndexOf { it.contains('throw new IllegalStateException') } + 1

// 1. The default view: lean, grouped, one line, within the default budget (20,000 bytes).
def lean = its.mvn(basedir, localRepositoryPath, 'lean', ['tracer:test-json'])
assert lean.exit == 1: "${lean.command} exited ${lean.exit}; stderr:\n${lean.stderr.take(3000)}"
def report = its.report(basedir)
assert countsOf(report) == RUN: "summary is ${report.summary}"
its.tests(report, 14)
def printed = its.printedDocument(lean.stdout, report, lean.command)
def text = documentText(lean.stdout)
assert !printed.containsKey('truncated'): "${lean.command}: cut although ${bytes(text)} bytes fit the default budget"
assert bytes(text) <= 1000 * 14: "${lean.command}: ${bytes(text)} bytes for 14 failed tests, more than 1,000 a test"
assert printed.causes == [[cause: 1, count: 12, type: 'java.lang.IllegalStateException',
        message: "cannot reserve 1 of 'sku-1': 1 in stock", at: "shop.Inventory.reserve(Inventory.java:${THROW_LINE})".toString()]]:
        "${lean.command}: causes are ${printed.causes}"
def grouped = printed.tests.findAll { it.cause == 1 }
assert grouped*.name == (1..12).collect { "reservesAllOf${it}()".toString() }: "grouped tests: ${grouped*.name}"
// The first of the cause in full: message, source line, top frames, compact steps up to the failing one.
def first = grouped[0]
assert first.failures[0].message == "cannot reserve 1 of 'sku-1': 1 in stock" && first.failures[0].source
assert first.failures[0].at[0] == "shop.Inventory.reserve(Inventory.java:${THROW_LINE})".toString()
assert first.rerun == [state: 'failed', same_failure: true]: "a confirmed rerun that failed the same way is a reference: ${first.rerun}"
assert first.steps && first.steps.last().status == 'failed' && first.steps.every { (['line', 'status', 'kind', 'call'] as Set).containsAll(it.keySet()) }:
        "compact steps up to the failing one: ${first.steps}"
// The others: who, where, which cause; nothing else.
grouped.drop(1).each { t ->
    assert t.keySet() == (['name', 'class', 'file', 'line', 'state', 'cause', 'failures'] as Set): "${t.name}: ${t}"
    def sku = t.name.replaceAll(/\D/, '')
    def failing = testSource.findIndexOf { it.contains("inventory.reserve(\"sku-${sku}\"") } + 1
    assert t.failures == [[line: failing]]: "${t.name}: ${t.failures}, expected the line of its reserve call, ${failing}"
}
// The failures of their own keep their detail.
def own = printed.tests.find { it.name == 'receivingNothingChangesNothing()' }
assert !own.containsKey('cause') && own.failures[0].expected == '1' && own.failures[0].actual == '0' && own.output == 'received nothing for sku-9\n':
        "a failure of its own: ${own}"
// The report file is the full document: every failure with its stack, the rerun in full, the whole flow; no causes.
assert !report.containsKey('causes') && report.tests.every { it.failures[0].stacktrace && it.rerun.duration_ms != null && it.id }
println "views-budget: default stdout ${bytes(text)} bytes for 14 failed tests (${bytes(text).intdiv(14)} a test); report.json ${new File(basedir, 'target/tracer/report.json').length()} bytes"

// 2. A small budget: cut in order, every failed test counted, the command that shows them named.
def small = its.mvn(basedir, localRepositoryPath, 'budget', ['tracer:test-json', '-Dtracer.budget=1500'])
assert small.exit == 1: "${small.command} exited ${small.exit}; stderr:\n${small.stderr.take(3000)}"
def cutText = documentText(small.stdout)
def cut = its.printedDocument(small.stdout, its.report(basedir), small.command)
assert bytes(cutText) <= 1500: "${small.command}: ${bytes(cutText)} bytes over the budget"
assert cut.truncated.budget == 1500 && cut.truncated.show == 'mvn tracer:test-json -Dtracer.failed -Dtracer.firstFailure' &&
        cut.truncated.report == 'target/tracer/report.json': "truncated: ${cut.truncated}"
assert cut.truncated.cut == ['output', 'deeper_frames', 'steps', 'detail', 'tests']: "cut order: ${cut.truncated.cut}"
assert cut.tests.size() + cut.truncated.tests_omitted == 14: "${cut.tests.size()} printed + ${cut.truncated.tests_omitted} omitted != 14"
assert cut.truncated.tests_omitted > 0 && cut.truncated.full_bytes > 1500
// What stays is the first failure and the first of the cause; grouped tests go first.
assert cut.tests.any { it.cause == 1 && it.failures[0].type }
assert new File(basedir, 'target/tracer/report.json').length() > 1500 * 5: 'the report file is never cut'

// 3. -Dtracer.verbose: the full document, as in the report file.
def verbose = its.mvn(basedir, localRepositoryPath, 'verbose', ['tracer:test-json', '-Dtracer.verbose'])
assert verbose.exit == 1
assert its.withoutDurations(new JsonSlurper().parseText(documentText(verbose.stdout))) == its.withoutDurations(its.report(basedir)):
        "${verbose.command}: stdout is not the report file's document"

// 4. Every view keeps to the budget and groups. -Dtracer.all: passed tests go before any failure, and are counted.
def all = its.mvn(basedir, localRepositoryPath, 'all-budget', ['tracer:test-json', '-Dtracer.all', '-Dtracer.budget=2500'])
def allDoc = its.printedDocument(all.stdout, its.report(basedir), all.command)
assert bytes(documentText(all.stdout)) <= 2500 && allDoc.causes[0].count == 12
assert allDoc.tests.size() + allDoc.truncated.tests_omitted + (allDoc.truncated.others_omitted ?: 0) == 16:
        "${all.command}: ${allDoc.tests.size()} printed, truncated ${allDoc.truncated}"
assert !allDoc.tests.any { it.state == 'passed' } || allDoc.truncated.tests_omitted == 0: 'a passed test kept while a failure went'
// -Dtracer.firstFailure: one test, which is no group (a cause needs three tests shown).
def firstOnly = its.mvn(basedir, localRepositoryPath, 'first-budget', ['tracer:test-json', '-Dtracer.firstFailure'])
def firstDoc = its.printedDocument(firstOnly.stdout, its.report(basedir), firstOnly.command)
assert firstDoc.tests*.name == ['reservesAllOf1()'] && !firstDoc.containsKey('causes') && firstDoc.tests[0].failures[0].at
// -Dtracer.compact: JSON Lines within the budget, a truncated line before the summary, exact counts.
def compact = its.mvn(basedir, localRepositoryPath, 'compact-budget', ['tracer:test-json', '-Dtracer.compact', '-Dtracer.budget=1100'])
def lines = compact.stdout.readLines().findAll { it.startsWith('{') }
assert bytes(lines.join('\n') + '\n') <= 1100: "${compact.command}: ${bytes(lines.join('\n'))} bytes"
def note = new JsonSlurper().parseText(lines[-2]).truncated
assert note && new JsonSlurper().parseText(lines[-1]).summary.failed == 14: "${compact.command}: ${lines.takeRight(2)}"
assert lines.size() - 2 + note.tests_omitted == 14: "${compact.command}: ${lines.size() - 2} lines + ${note.tests_omitted} omitted"
lines.each { its.assertSchema(dev.tracer.schema.Schemas.COMPACT_LINE, it, compact.command) }

// 5. A budget too small to hold the summary is refused before the tests run, and the message says the fix.
def tiny = its.mvn(basedir, localRepositoryPath, 'tiny', ['tracer:test-json', '-Dtracer.budget=12'])
assert tiny.exit == 1
assert its.lineContaining(tiny.stdout + tiny.stderr, "tracer.budget is '12': give the most bytes the printed document may take, at least 1024 (-Dtracer.budget=20000), or 0 for no budget.").startsWith('[ERROR]')
assert !new File(basedir, 'target/tiny-stdout.txt').text.contains('"summary"'): 'no tests ran for a refused budget'
return true

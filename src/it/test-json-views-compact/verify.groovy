// tracer.compact: stdout is JSON Lines, one compact line per reported test ({"f","n","s","e","x"} in that order, no
// spaces), then {"summary":{...}}; the other views apply to it; the report file keeps the pretty document of the view.
// The compact runs are nested mvn -q builds, so that stdout is read apart from stderr.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def ACCOUNT = 'src/test/java/views/AccountTest.java'
def SHIPPING = 'src/test/java/views/ShippingTest.java'
def WAREHOUSE = 'src/test/java/views/WarehouseTest.java'
def RUN = [total: 15, passed: 5, failed: 8, skipped: 1, invalid: 1, result: 'failed']
def countsOf = { Map doc -> doc.summary.findAll { !(it.key in ['duration_ms', 'filtered', 'flaky', 'surefire']) } }
def at = { String file, String method -> "${file}:${its.declarationLineOf(basedir, file, method)}".toString() }

def all = its.report(basedir, 'target/tracer/all.json')
assert countsOf(all) == RUN: "summary is ${all.summary}"
// The counts are Surefire's own for the same run (its class with a failed setup has one test, one testcase), so
// the summary does not repeat them in summary.surefire.
def surefireCases = its.surefireCases(new File(basedir, 'target/surefire-reports'))
assert [surefireCases.size(), surefireCases.count { it[2] == 'failed' }, surefireCases.count { it[2] == 'skipped' }] ==
        [all.summary.total, all.summary.failed + all.summary.invalid, all.summary.skipped]: "Surefire's testcases ${surefireCases}"
assert !all.summary.containsKey('surefire'): "${all.summary}"
its.tests(all, 15)
def allText = new File(basedir, 'target/tracer/all.json').getText('UTF-8')

/** The report file of a compact run: the normal pretty document of the view, not JSON Lines. */
def prettyReport = { String path, Map view = [:] ->
    def text = new File(basedir, path).getText('UTF-8')
    assert text.readLines().take(2) == allText.readLines().take(2): "${path} is not pretty-printed like the document; it starts with ${text.take(200)}"
    return its.report(basedir, path, view)
}

// -Dtracer.all with a filter: every test, in document order, x on the filtered one; then the summary.
def run = its.mvn(basedir, localRepositoryPath, 'compact-all', ['tracer:test-json', '-Dtracer.compact', '-Dtracer.all',
        '-Dtracer.filterOut=flaky network', '-Dtracer.output=target/tracer/compact-all.json'])
assert run.exit == 1: "${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}"
def doc = prettyReport('target/tracer/compact-all.json', [filterOut: true])
its.tests(doc, 15)
assert doc.summary.filtered == 1 && countsOf(doc) == RUN: "summary is ${doc.summary}"
def lines = its.jsonLines(run)
assert lines.raw == doc.tests.collect { its.compactLine(it) } + its.compactSummaryLine(doc):
        "${run.command}: stdout is\n${lines.raw.join('\n')}\nexpected one compact line per test of\n${doc.tests*.name}"
// The same lines, spelled out: e is the first non-blank line of the first failure's message, trimmed, in full.
[
    """{"f":"${at(ACCOUNT, 'opensEmpty')}","n":"opensEmpty()","s":"passed"}""",
    """{"f":"${at(ACCOUNT, 'withdrawalNeedsTheBalanceService')}","n":"withdrawalNeedsTheBalanceService()","s":"failed","e":"balance service unavailable"}""",
    """{"f":"${at(ACCOUNT, 'printsStatement')}","n":"printsStatement()","s":"skipped"}""",
    """{"f":"${at(ACCOUNT, 'acceptsAmount')}","n":"[2] 2","s":"failed","e":"amount 2 was rejected by the ledger"}""",
    """{"f":"${at(ACCOUNT, 'refusesWithdrawals')}","n":"refusesWithdrawals()","s":"failed","e":"frozen account allowed a withdrawal"}""",
    """{"f":"${at(SHIPPING, 'quotesInternationalRate')}","n":"quotesInternationalRate()","s":"failed","e":"flaky network: connection reset by the carrier","x":true}""",
    """{"f":"${at(SHIPPING, 'tracksParcel')}","n":"tracksParcel()","s":"failed","e":"tracking numbers collide"}""",
    """{"f":"${at(SHIPPING, 'estimatesDelivery')}","n":"estimatesDelivery()","s":"failed"}""",
    """{"f":"${at(SHIPPING, 'printsLabel')}","n":"printsLabel()","s":"failed","e":"label printer rejected the job: ${'X' * 240}"}""",
    """{"f":"${at(WAREHOUSE, 'countsStock')}","n":"countsStock()","s":"invalid","e":"warehouse database is down"}""",
].each { expected ->
    assert its.countLines(run.stdout, expected.toString()) == 1: "${run.command}: stdout has not once the line\n  ${expected}\nstdout:\n${run.stdout.take(4000)}"
}
assert lines.parsed.last() == [summary: doc.summary]: "last line is ${lines.raw.last()}"
assert !run.stdout.contains('"version"'): "${run.command}: the pretty document reached stdout"

// The default view: failed and invalid tests only.
run = its.mvn(basedir, localRepositoryPath, 'compact-failures', ['tracer:test-json', '-Dtracer.compact',
        '-Dtracer.output=target/tracer/compact-failures.json'])
assert run.exit == 1: "${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}"
doc = prettyReport('target/tracer/compact-failures.json')
its.tests(doc, 9)
lines = its.jsonLines(run)
assert lines.raw == doc.tests.collect { its.compactLine(it) } + its.compactSummaryLine(doc): "${run.command}: stdout is\n${lines.raw.join('\n')}"
assert doc.tests*.id == all.tests.findAll { it.state in ['failed', 'invalid'] }*.id: "tests of the default view: ${doc.tests*.name}"
assert countsOf(doc) == RUN

// With firstFailure: one test line (the first failure in document order), then the summary of the whole run.
run = its.mvn(basedir, localRepositoryPath, 'compact-first', ['tracer:test-json', '-Dtracer.compact', '-Dtracer.firstFailure',
        '-Dtracer.output=target/tracer/compact-first.json'])
assert run.exit == 1: "${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}"
doc = prettyReport('target/tracer/compact-first.json')
lines = its.jsonLines(run)
assert lines.raw == [
        """{"f":"${at(ACCOUNT, 'withdrawalNeedsTheBalanceService')}","n":"withdrawalNeedsTheBalanceService()","s":"failed","e":"balance service unavailable"}""".toString(),
        its.compactSummaryLine(doc)]: "${run.command}: stdout is\n${lines.raw.join('\n')}"
assert countsOf(doc) == RUN

// With summaryOnly (over firstFailure): the summary line alone; the file is the summary-only document.
run = its.mvn(basedir, localRepositoryPath, 'compact-summary', ['tracer:test-json', '-Dtracer.compact', '-Dtracer.summaryOnly',
        '-Dtracer.firstFailure', '-Dtracer.output=target/tracer/compact-summary.json'])
assert run.exit == 1: "${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}"
doc = prettyReport('target/tracer/compact-summary.json', [summaryOnly: true])
lines = its.jsonLines(run)
assert lines.raw == [its.compactSummaryLine(doc)]: "${run.command}: stdout is\n${lines.raw.join('\n')}"
assert countsOf(doc) == RUN

// <compact> in the POM (invocation 2, build.log): the same lines for the default view.
// (Debian's Maven 3.8 writes ANSI resets, ESC[0m, which build.log mixes into the printed lines.)
def runs = its.invocations(its.buildLog(basedir).replace('\u001B[0m', ''), 2)
doc = prettyReport('target/tracer/compact-pom.json')
its.tests(doc, 9)
(doc.tests.collect { its.compactLine(it) } + its.compactSummaryLine(doc)).each { its.assertLine(runs[1], it) }
its.assertNoLine(runs[1], '  "version" : 1,')
assert its.reportPathInFailure(runs[1], 'There are test failures: 8 failed, 1 invalid of 15 tests.').endsWith('target/tracer/compact-pom.json')
return true

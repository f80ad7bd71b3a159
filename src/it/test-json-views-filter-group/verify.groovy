// tracer.filterOut (two comma-separated patterns from -D, a list in the POM, case-sensitive substrings of any failure
// message) marks failed and invalid tests "filtered" and counts them in summary.filtered without changing
// summary.failed or the build result; tracer.groupByError groups every unfiltered failure of the run by the first
// line of its message.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def ACCOUNT = 'src/test/java/views/AccountTest.java'
def SHIPPING = 'src/test/java/views/ShippingTest.java'
def RUN = [total: 15, passed: 5, failed: 8, skipped: 1, invalid: 1, result: 'failed']
def countsOf = { Map doc -> doc.summary.findAll { !(it.key in ['duration_ms', 'filtered', 'flaky', 'surefire']) } }
def filteredIn = { Map doc -> doc.tests.findAll { it.filtered }.collect { it['class'] + '#' + it.name } }
def unmarked = { Map t -> its.withoutDurations(t.findAll { it.key != 'filtered' }) }

def all = its.report(basedir, 'target/tracer/all.json')
assert countsOf(all) == RUN: "summary is ${all.summary}"
its.tests(all, 15)

// -Dtracer.filterOut=flaky network,JIRA-42: "JIRA-42" is on the second line of tracksParcel's message.
def filtered = its.report(basedir, 'target/tracer/filtered.json', [filterOut: true])
assert filteredIn(filtered) == ['views.ShippingTest#quotesInternationalRate()', 'views.ShippingTest#tracksParcel()']:
        "filtered tests: ${filteredIn(filtered)}"
assert filtered.summary.filtered == 2: "summary.filtered is ${filtered.summary.filtered}"
assert countsOf(filtered) == RUN: "filtering changes no count: ${filtered.summary}"
assert filtered.tests.collect(unmarked) == all.tests.collect(unmarked): 'filterOut changed more than the filtered marks'

// A pattern in the wrong case matches nothing: no mark, and no summary.filtered at all.
def none = its.report(basedir, 'target/tracer/filtered-none.json', [filterOut: true])
assert filteredIn(none) == [] && !none.summary.containsKey('filtered'): "-Dtracer.filterOut=BALANCE: ${filteredIn(none)}, ${none.summary}"
assert countsOf(none) == RUN

// -Dtracer.groupByError, default view.
def LABEL = 'label printer rejected the job: ' + 'X' * 240
def groups = its.report(basedir, 'target/tracer/groups.json')
its.tests(groups, 9)
assert groups.error_groups.collect { [it.pattern, it.count] } == [
        ['balance service unavailable', 2],
        ['(unknown error)', 1],
        ['amount 2 was rejected by the ledger', 1],
        ['flaky network: connection reset by the carrier', 1],
        ['frozen account allowed a withdrawal', 1],
        [LABEL.take(200), 1],
        ['tracking numbers collide', 1],
        ['warehouse database is down', 1]]: "error_groups: ${groups.error_groups.collect { [it.pattern, it.count] }}"
assert groups.error_groups[0].example == [name: 'withdrawalNeedsTheBalanceService()', 'class': 'views.AccountTest', file: ACCOUNT,
        line: its.declarationLineOf(basedir, ACCOUNT, 'withdrawalNeedsTheBalanceService')]: "example of the shared message: ${groups.error_groups[0].example}"
assert groups.error_groups.find { it.pattern == '(unknown error)' }.example ==
        [name: 'estimatesDelivery()', 'class': 'views.ShippingTest', file: SHIPPING, line: its.declarationLineOf(basedir, SHIPPING, 'estimatesDelivery')]
assert groups.error_groups.find { it.pattern == 'frozen account allowed a withdrawal' }.example ==
        [name: 'refusesWithdrawals()', 'class': 'views.AccountTest$WhenFrozen', file: ACCOUNT, line: its.declarationLineOf(basedir, ACCOUNT, 'refusesWithdrawals')]
assert groups.error_groups.find { it.pattern.startsWith('amount') }.example.name == '[2] 2'
assert groups.error_groups == its.expectedGroups(all.tests): "error_groups: ${groups.error_groups}\nexpected ${its.expectedGroups(all.tests)}"
assert countsOf(groups) == RUN

// With firstFailure one test is shown, yet the groups cover every failure but the filtered one.
def groupsFirst = its.report(basedir, 'target/tracer/groups-first.json', [filterOut: true])
its.tests(groupsFirst, 1)
assert groupsFirst.summary.filtered == 1: "summary.filtered is ${groupsFirst.summary.filtered}"
def flakyFiltered = all.tests.collect { t -> t.failures?.any { it.message?.contains('flaky network') } ? t + [filtered: true] : t }
assert groupsFirst.error_groups == its.expectedGroups(flakyFiltered): "error_groups: ${groupsFirst.error_groups}"
assert groupsFirst.error_groups.size() == 7 && !groupsFirst.error_groups*.pattern.any { it.startsWith('flaky') }

// The POM: <filterOut> with two patterns ("warehouse" is in the invalid test's failure) and <groupByError>.
def pom = its.report(basedir, 'target/tracer/pom.json', [filterOut: true])
assert filteredIn(pom) == ['views.ShippingTest#tracksParcel()', 'views.WarehouseTest#countsStock()']: "filtered tests: ${filteredIn(pom)}"
assert pom.summary.filtered == 2 && countsOf(pom) == RUN: "summary is ${pom.summary}"
assert pom.error_groups == its.expectedGroups(pom.tests): "error_groups: ${pom.error_groups}"
assert pom.error_groups*.pattern.intersect(['tracking numbers collide', 'warehouse database is down']).isEmpty()
assert pom.error_groups.size() == 6

// Filtered or not, failures fail the build, with the same counts.
def names = ['all', 'filtered', 'filtered-none', 'groups', 'groups-first', 'pom']
def runs = its.invocations(its.buildLog(basedir), names.size())
names.eachWithIndex { name, i ->
    assert its.reportPathInFailure(runs[i], 'There are test failures: 8 failed, 1 invalid of 15 tests.')
            .endsWith("target/tracer/${name}.json"): "invocation ${i + 1} (${name})"
}
return true

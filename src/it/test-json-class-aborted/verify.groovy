// The counts are Surefire's: a class aborted in @BeforeAll by an assumption has no test in Surefire's report
// (Tests run: 0), so it is no test in the summary either; it is listed once in skipped_classes with the assumption's
// message. A class @Disabled as a whole lists each of its tests as skipped, in both.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 3, passed: 1, failed: 0, skipped: 2, invalid: 0, result: 'passed']: "summary is ${doc.summary}"
assert !doc.summary.containsKey('surefire'): "Surefire's totals equal the document's: ${doc.summary}"
def cases = doc.tests.collect { [it['class'], it.method, it.state] }.sort { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] }
assert cases == [['shop.CartTest', 'totals', 'passed'], ['shop.LegacyTest', 'oldTax', 'skipped'],
                 ['shop.LegacyTest', 'oldTotal', 'skipped']]: "${cases}"
assert doc.tests.findAll { it['class'] == 'shop.LegacyTest' }*.skip_reason == ['replaced by CartTest'] * 2
assert doc.skipped_classes == [[class: 'shop.DatabaseTest', module: 'class-aborted', file: 'src/test/java/shop/DatabaseTest.java',
                                reason: 'Assumption failed: Docker is not available', tests: 2]]: "${doc.skipped_classes}"

// Test for test and in total, what Surefire reported in the same run.
def reports = new File(basedir, 'target/surefire-reports')
assert its.surefireCases(reports) == cases: "Surefire: ${its.surefireCases(reports)}"
def totals = reports.listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }.collect { new groovy.xml.XmlSlurper().parse(it) }
        .inject([tests: 0, skipped: 0]) { acc, s -> [tests: acc.tests + (s.@tests.text() as int), skipped: acc.skipped + (s.@skipped.text() as int)] }
assert totals == [tests: doc.summary.total, skipped: doc.summary.skipped]: "Surefire's totals ${totals}"
return true

// A JUnit 5 suite with every state: passed, failed (assertion and error), skipped (@Disabled, assumption),
// invalid (@BeforeAll failure, failing static initializer), a class aborted in @BeforeAll, @Nested, @DisplayName,
// @ParameterizedTest, tags, output of failed tests, expected/actual from opentest4j and AssertJ.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def CART = 'src/test/java/states/CartTest.java'
def SETUP = 'src/test/java/states/SetupFailsTest.java'
def ABORTED = 'src/test/java/states/SetupAbortedTest.java'
def STATIC = 'src/test/java/states/StaticInitFailsTest.java'
def ENGINE = '[engine:junit-jupiter]'

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 17, passed: 5, failed: 6, skipped: 2, invalid: 4, result: 'failed']: "summary is ${doc.summary}"
its.tests(doc, 17)
doc.tests.each { assert it.module == 'jupiter-states': "module of ${it.id} is ${it.module}" }

// Every test points at its declaration.
doc.tests.each { t ->
    def expectedFile = 'src/test/java/' + t['class'].replaceAll(/\$.*/, '').replace('.', '/') + '.java'
    assert t.file == expectedFile: "file of ${t.id} is ${t.file}, expected ${expectedFile}"
    assert t.line == its.declarationLineOf(basedir, expectedFile, t.method): "line of ${t.id} is ${t.line}"
}

// Names are JUnit's display names: "method()" unless @DisplayName or a parameterized invocation says otherwise.
def displayNames = [emptyCartTotalsZero: 'an empty cart totals zero', isEmpty: 'is empty']
doc.tests.findAll { it.method != 'countsItems' }.each { t ->
    assert t.name == (displayNames[t.method] ?: t.method + '()'): "name of ${t.id} is ${t.name}"
}

// passed, with tags; what it printed is not kept
def adds = its.test(doc, 'states.CartTest', 'addsOnePrice')
assert adds.id == "${ENGINE}/[class:states.CartTest]/[method:addsOnePrice()]".toString()
assert adds.name == 'addsOnePrice()'
assert adds.state == 'passed'
assert adds.tags.sort() == ['cart', 'fast']: "tags are ${adds.tags}"
assert !adds.containsKey('output'): 'a passing test carries no output'

// failed: opentest4j expected/actual, the failing line, its text, a trimmed stack, the output tail
def three = its.test(doc, 'states.CartTest', 'totalOfThreePrices')
assert three.state == 'failed'
assert three.failures.size() == 1
def f = three.failures[0]
assert f.kind == 'assertion'
assert f.type == 'org.opentest4j.AssertionFailedError'
assert f.message == 'expected: <6> but was: <5>'
assert f.expected == '6' && f.actual == '5': "expected/actual are ${f.expected}/${f.actual}"
its.assertFailingLine(f, basedir, CART, 'assertEquals(6, cart.total());')
its.assertStackHas(f, 'states.CartTest', 'totalOfThreePrices', 'CartTest.java', its.lineOf(basedir, CART, 'assertEquals(6, cart.total());'))
assert three.output?.contains('cart has 3 items'): "output is ${three.output}"

// failed with an error thrown by production code: kind error, the production frame is kept
def negative = its.test(doc, 'states.CartTest', 'rejectsNegativePriceQuietly')
assert negative.state == 'failed'
f = negative.failures[0]
assert f.kind == 'error'
assert f.type == 'java.lang.IllegalArgumentException'
assert f.message == 'negative price: -1'
assert !f.containsKey('expected') && !f.containsKey('actual')
its.assertFailingLine(f, basedir, CART, 'new Cart().add(-1);')
its.assertStackHas(f, 'states.Cart', 'add', 'Cart.java', its.lineOf(basedir, 'src/main/java/states/Cart.java', 'throw new IllegalArgumentException("negative price: " + price);'))
its.assertStackHas(f, 'states.CartTest', 'rejectsNegativePriceQuietly', 'CartTest.java', its.lineOf(basedir, CART, 'new Cart().add(-1);'))
assert f.stacktrace[0]['class'] == 'states.Cart': "the stack starts where the exception was thrown: ${f.stacktrace[0]}"

// AssertJ: expected/actual through opentest4j
def assertj = its.test(doc, 'states.CartTest', 'totalWithAssertJ')
f = assertj.failures[0]
assert f.kind == 'assertion'
assert f.type == 'org.opentest4j.AssertionFailedError'
assert f.message.trim() == 'expected: 5\n but was: 4': "message is ${f.message}"
assert f.expected == '5' && f.actual == '4': "expected/actual are ${f.expected}/${f.actual}"
its.assertFailingLine(f, basedir, CART, 'assertThat(cart.total()).isEqualTo(5);')

// skipped: @Disabled and a failed assumption carry their reason
def tax = its.test(doc, 'states.CartTest', 'appliesTax')
assert tax.state == 'skipped' && tax.skip_reason == 'waiting for the tax rules': "appliesTax: ${tax}"
def currency = its.test(doc, 'states.CartTest', 'convertsCurrency')
assert currency.state == 'skipped' && currency.skip_reason == 'Assumption failed: currency service is down': "convertsCurrency: ${currency}"

// @DisplayName
def empty = its.test(doc, 'states.CartTest', 'emptyCartTotalsZero')
assert empty.name == 'an empty cart totals zero' && empty.state == 'passed'

// @ParameterizedTest: one entry per invocation, named like JUnit names them
def invocations = doc.tests.findAll { it.method == 'countsItems' }
assert invocations*.name == ['[1] 1', '[2] 2', '[3] 3']: "invocations are ${invocations*.name}"
assert invocations*.state == ['passed', 'passed', 'failed']
assert invocations*.id == (1..3).collect { "${ENGINE}/[class:states.CartTest]/[test-template:countsItems(int)]/[test-template-invocation:#${it}]".toString() }
f = invocations[2].failures[0]
assert f.expected == '3' && f.actual == '2'
its.assertFailingLine(f, basedir, CART, 'assertEquals(n, cart.total());')

// the output of a failed test is a bounded tail
def chatty = its.test(doc, 'states.CartTest', 'printsALotThenFails')
assert chatty.state == 'failed'
f = chatty.failures[0]
assert f.type == 'org.opentest4j.AssertionFailedError' && f.message == 'gave up after printing'
assert !f.containsKey('expected') && !f.containsKey('actual'): 'fail() has no expected/actual'
assert chatty.output.contains('progress line 3000 of 3000'): 'the tail keeps the last line printed'
assert !chatty.output.contains('progress line 1 of 3000'): 'the tail drops the first lines of 3000'
assert chatty.output.length() <= 10_000: "output is ${chatty.output.length()} chars; the tail must be bounded"

// @Nested: binary class name, own display names
def isEmpty = its.test(doc, 'states.CartTest$WhenEmpty', 'isEmpty')
assert isEmpty.name == 'is empty' && isEmpty.state == 'passed'
assert isEmpty.id == "${ENGINE}/[class:states.CartTest]/[nested-class:WhenEmpty]/[method:isEmpty()]".toString()
def firstPrice = its.test(doc, 'states.CartTest$WhenEmpty', 'acceptsAFirstPrice')
f = firstPrice.failures[0]
assert f.message == 'cart should be empty ==> expected: <true> but was: <false>'
assert f.expected == 'true' && f.actual == 'false'
its.assertFailingLine(f, basedir, CART, 'assertTrue(new Cart().add(7).isEmpty(), "cart should be empty");')

// @BeforeAll failed: each test is invalid, the failure is reported once for the class
['readsOrders', 'writesOrders'].each { m ->
    assert its.test(doc, 'states.SetupFailsTest', m).state == 'invalid'
}
def setup = its.classFailure(doc, 'states.SetupFailsTest')
assert setup.file == SETUP
assert setup.failures.size() == 1
f = setup.failures[0]
assert f.kind == 'error' && f.type == 'java.lang.IllegalStateException' && f.message == 'database unreachable'
its.assertFailingLine(f, basedir, SETUP, 'throw new IllegalStateException("database unreachable");')

// @BeforeAll aborted by an assumption: as Surefire 3.5 has no test of it, neither has the document; the class is
// skipped as a whole with the reason, not invalid, and no class failure
assert !doc.tests.any { it['class'] == 'states.SetupAbortedTest' }
assert doc.skipped_classes == [[class: 'states.SetupAbortedTest', module: 'jupiter-states', file: ABORTED,
                                reason: 'Assumption failed: docker is not available', tests: 2]]: "${doc.skipped_classes}"
assert !(doc.class_failures ?: []).any { it['class'] == 'states.SetupAbortedTest' }: 'an aborted class is not a failure'

// A failing static initializer: the Platform reports the first test with ExceptionInInitializerError and the next
// with NoClassDefFoundError "Could not initialize class"; neither test ran its body, so both are invalid.
['firstUse', 'secondUse'].each { m ->
    assert its.test(doc, 'states.StaticInitFailsTest', m).state == 'invalid'
}
def init = its.classFailure(doc, 'states.StaticInitFailsTest')
assert init.file == STATIC
assert init.failures[0].type in ['java.lang.ExceptionInInitializerError', 'java.lang.IllegalStateException']: "${init.failures[0]}"
assert doc.class_failures*.getAt('class') == ['states.SetupFailsTest', 'states.StaticInitFailsTest']: "class failures: ${doc.class_failures}"

// Surefire's XML reports for the same run (3.5.4 + Jupiter 5.11.4, learned with plain mvn test):
// - CartTest: 13 testcases, one per test (the @Nested ones with classname "when empty"), 6 failed, 2 skipped.
// - SetupFailsTest: ONE testcase with an empty name and the @BeforeAll error, where tracer has 2 invalid tests.
// - SetupAbortedTest: NO testcase at all (Surefire drops a class aborted in @BeforeAll); nor has tracer.
// - StaticInitFailsTest: 2 testcases with errors, where tracer has 2 invalid tests.
def surefire = its.surefireCounts(new File(basedir, 'target/surefire-reports'))
assert surefire == [
        'states.CartTest'            : [tests: 13, failed: 6, skipped: 2],
        'states.SetupAbortedTest'    : [tests: 0, failed: 0, skipped: 0],
        'states.SetupFailsTest'      : [tests: 1, failed: 1, skipped: 0],
        'states.StaticInitFailsTest' : [tests: 2, failed: 2, skipped: 0]]: "Surefire's counts changed: ${surefire}"
def ours = its.countsByTopLevelClass(doc.tests)
assert ours['states.CartTest'] == [tests: 13, passed: 5, failed: 6, skipped: 2, invalid: 0]: "${ours['states.CartTest']}"
assert ours['states.SetupFailsTest'] == [tests: 2, passed: 0, failed: 0, skipped: 0, invalid: 2]
assert ours['states.StaticInitFailsTest'] == [tests: 2, passed: 0, failed: 0, skipped: 0, invalid: 2]
// So: Surefire's testcases = tracer's tests - each setup-failed class's tests + 1, and the summary says so.
assert surefire.values().sum { it.tests } == doc.summary.total - 2 + 1
def sf = doc.summary.surefire
assert sf != null && sf.tests == 16 && sf.failures + sf.errors == 9 && sf.skipped == 2: "summary.surefire: ${sf}"

// The default view shows only the problems, with the same summary.
def failuresOnly = its.report(basedir, 'target/tracer/failures-only.json')
assert failuresOnly.summary.findAll { it.key != 'duration_ms' } == doc.summary.findAll { it.key != 'duration_ms' }
assert failuresOnly.tests*.state.every { it in ['failed', 'invalid'] }: "states: ${failuresOnly.tests*.state}"
assert failuresOnly.tests*.id == doc.tests.findAll { it.state in ['failed', 'invalid'] }*.id
assert failuresOnly.class_failures == doc.class_failures

def log = its.buildLog(basedir)
def runs = its.invocations(log, 2)
assert its.reportPathInFailure(runs[0], 'There are test failures: 6 failed, 4 invalid of 17 tests.').endsWith('target/tracer/report.json')
assert its.reportPathInFailure(runs[1], 'There are test failures: 6 failed, 4 invalid of 17 tests.').endsWith('target/tracer/failures-only.json')
return true

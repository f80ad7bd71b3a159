// tracer.failed reruns exactly the tests that failed or were invalid in the previous run (only the failed
// parameterized invocation, only the failed method of the @Nested class); after a green run it runs nothing and
// says so; a run without it after failures prints one tip on stderr, which tracer.noWarn (-D or POM) silences.
// Each test body appends "RUN ID" to target/executions.txt, so what ran is known apart from what tracer reports.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def ENGINE = '[engine:junit-jupiter]'
def ACCOUNT = "${ENGINE}/[class:views.AccountTest]"
def SHIPPING = "${ENGINE}/[class:views.ShippingTest]"
def PROBLEMS = [
        "${ACCOUNT}/[method:withdrawalNeedsTheBalanceService()]",
        "${ACCOUNT}/[method:depositNeedsTheBalanceService()]",
        "${ACCOUNT}/[test-template:acceptsAmount(int)]/[test-template-invocation:#2]",
        "${ACCOUNT}/[nested-class:WhenFrozen]/[method:refusesWithdrawals()]",
        "${SHIPPING}/[method:quotesInternationalRate()]",
        "${SHIPPING}/[method:tracksParcel()]",
        "${SHIPPING}/[method:estimatesDelivery()]",
        "${SHIPPING}/[method:printsLabel()]",
        "${ENGINE}/[class:views.WarehouseTest]/[method:countsStock()]"]*.toString() as Set
def EVERY_BODY = PROBLEMS - "${ENGINE}/[class:views.WarehouseTest]/[method:countsStock()]".toString() + [
        "${ACCOUNT}/[method:opensEmpty()]",
        "${ACCOUNT}/[test-template:acceptsAmount(int)]/[test-template-invocation:#1]",
        "${ACCOUNT}/[test-template:acceptsAmount(int)]/[test-template-invocation:#3]",
        "${ACCOUNT}/[nested-class:WhenFrozen]/[method:keepsTheBalance()]",
        "${SHIPPING}/[method:quotesDomesticRate()]"]*.toString()
def TIP = { int n -> "tracer: ${n} ${n == 1 ? 'test' : 'tests'} failed in the previous run. Run only them with -Dtracer.failed (-Dtracer.noWarn hides this tip).".toString() }
def NOTHING = 'tracer: no test failed in the previous run of views-failed; nothing to run.'

/** Every execution of a test body in run N, in order (a body the rerun runs again appears twice). */
def executions = { String run ->
    def file = new File(basedir, 'target/executions.txt')
    return file.isFile() ? file.readLines('UTF-8').findAll { it.startsWith(run + ' ') }.collect { it.substring(run.length() + 1) } : []
}

/**
 * The ids of the test bodies that run N executed. A full run with failures reruns them once (tracer.retry is on by
 * default): a body that failed ran exactly twice, any other exactly once. A run that selects tests does not rerun.
 */
def executed = { String run ->
    def counts = executions(run).countBy { it }
    def twice = counts.findAll { it.value == 2 }.keySet()
    assert counts.every { it.value <= 2 }: "run ${run} executed a test more than twice: ${counts.findAll { it.value > 2 }}"
    assert twice.every { id -> id in PROBLEMS }: "run ${run} reran tests that had not failed: ${twice - PROBLEMS}"
    return counts.keySet()
}

// 1: the full run. 13 bodies ran (not the @Disabled one, not the invalid one); 8 failed, 1 invalid.
def run1 = its.report(basedir, 'target/tracer/run1.json')
assert run1.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 15, passed: 5, failed: 8, skipped: 1, invalid: 1, result: 'failed']: "run 1: ${run1.summary}"
assert run1.tests*.id as Set == PROBLEMS: "run 1 reports ${run1.tests*.id}"
assert executed('1') == EVERY_BODY: "run 1 executed ${executed('1')}"
assert new File(basedir, 'target/tracer/last-run.json').isFile(): 'no target/tracer/last-run.json after a run'

// 2: fixed, -Dtracer.failed: exactly the 9 problems of run 1 ran, and passed (the invalid one too, its setup now works).
def run2 = its.report(basedir, 'target/tracer/run2.json')
assert run2.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 9, passed: 9, failed: 0, skipped: 0, invalid: 0, result: 'passed']: "run 2: ${run2.summary}"
assert run2.tests*.id as Set == PROBLEMS: "run 2 (-Dtracer.failed) reports ${run2.tests*.id}\nexpected only ${PROBLEMS}"
assert run2.tests.collect { it['class'] + '#' + it.name } == [
        'views.AccountTest#withdrawalNeedsTheBalanceService()', 'views.AccountTest#depositNeedsTheBalanceService()',
        'views.AccountTest#[2] 2', 'views.AccountTest$WhenFrozen#refusesWithdrawals()',
        'views.ShippingTest#quotesInternationalRate()', 'views.ShippingTest#tracksParcel()',
        'views.ShippingTest#estimatesDelivery()', 'views.ShippingTest#printsLabel()', 'views.WarehouseTest#countsStock()']
assert executed('2') == PROBLEMS: "run 2 (-Dtracer.failed) executed\n  ${(executed('2') as List).sort().join('\n  ')}\nexpected only\n  ${(PROBLEMS as List).sort().join('\n  ')}"

// 3: -Dtracer.failed after a green run: nothing runs, a valid empty document, success.
def run3 = its.report(basedir, 'target/tracer/run3.json')
assert run3.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 0, passed: 0, failed: 0, skipped: 0, invalid: 0, result: 'passed']: "run 3: ${run3.summary}"
assert run3.tests == []
assert executed('3').isEmpty(): "run 3 executed ${executed('3')}"

// (Debian's Maven 3.8 writes ANSI resets, ESC[0m, at the start of its output, which build.log mixes into tracer's lines.)
def runs = its.invocations(its.buildLog(basedir).replace('\u001B[0m', ''), 3)
[1, 9].each { n -> runs.each { its.assertNoLine(it, TIP(n)) } }  // no previous failures (1), or run with tracer.failed (2, 3)
its.assertNoLine(runs[0], NOTHING)
its.assertNoLine(runs[1], NOTHING)
assert its.countLines(runs[2], NOTHING) == 1: "invocation 3 must say once\n  ${NOTHING}"

// Where the messages go: nested mvn -q builds, stdout and stderr apart.
def tracer = { String name, List<String> args -> its.mvn(basedir, localRepositoryPath, name, ['tracer:test-json'] + args) }
def noTracerLineOnStdout = { run -> assert !run.stdout.readLines().any { it.startsWith('tracer:') }: "${run.command}: a tracer message on stdout:\n${run.stdout.take(2000)}" }

// Nothing failed before: the message on stderr, the empty document on stdout, exit 0.
def r = tracer('nothing', ['-Drun=4', '-Dtracer.failed', '-Dtracer.output=target/tracer/run4.json'])
assert r.exit == 0: "${r.command} exited ${r.exit}; stderr:\n${r.stderr.take(3000)}"
assert its.countLines(r.stderr, NOTHING) == 1: "${r.command}: stderr must have once\n  ${NOTHING}\nstderr:\n${r.stderr.take(3000)}"
noTracerLineOnStdout(r)
assert its.printedDocument(r.stdout, its.report(basedir, 'target/tracer/run4.json'), r.command).summary.total == 0
assert executed('4').isEmpty()

// A full failing run after a green one: no tip.
r = tracer('full-after-green', ['-Drun=5'])
assert r.exit == 1: "${r.command} exited ${r.exit}"
assert !r.stderr.contains('failed in the previous run') && !r.stdout.contains('failed in the previous run'): "${r.command}: a tip after a green run:\n${r.stderr.take(2000)}"
assert executed('5') == EVERY_BODY

// A full run after that failing one: the tip, once, on stderr only.
r = tracer('full-after-failures', ['-Drun=6'])
assert r.exit == 1: "${r.command} exited ${r.exit}"
assert its.countLines(r.stderr, TIP(9)) == 1: "${r.command}: stderr must have once\n  ${TIP(9)}\nstderr:\n${r.stderr.take(3000)}"
assert !r.stdout.contains('failed in the previous run'): "${r.command}: the tip reached stdout"
noTracerLineOnStdout(r)

// -Dtracer.noWarn silences it.
r = tracer('no-warn', ['-Drun=7', '-Dtracer.noWarn'])
assert r.exit == 1: "${r.command} exited ${r.exit}"
assert !r.stderr.contains('failed in the previous run') && !r.stdout.contains('failed in the previous run'): "${r.command}: the tip despite -Dtracer.noWarn:\n${r.stderr.take(2000)}"

// One failure recorded (Surefire's -Dtest), then <failed> in the POM reruns just it, then <noWarn> in the POM.
def WITHDRAWAL = "${ACCOUNT}/[method:withdrawalNeedsTheBalanceService()]".toString()
r = tracer('one-test', ['-Drun=8', '-Dtest=AccountTest#withdrawalNeedsTheBalanceService'])
assert r.exit == 1: "${r.command} exited ${r.exit}"
assert its.countLines(r.stderr, TIP(9)) == 1: "${r.command}: stderr must have once\n  ${TIP(9)}\nstderr:\n${r.stderr.take(3000)}"
assert executed('8') == [WITHDRAWAL] as Set
r = tracer('failed-in-pom', ['-Drun=9', '-Pfailed-in-pom', '-Dtracer.output=target/tracer/run9.json'])
assert r.exit == 1: "${r.command} exited ${r.exit}"
assert executed('9') == [WITHDRAWAL] as Set: "<failed> in the POM: executed ${executed('9')}"
assert its.report(basedir, 'target/tracer/run9.json').summary.total == 1
assert !r.stderr.contains('failed in the previous run'): "${r.command}: a tip on a run with <failed>"
r = tracer('no-warn-in-pom', ['-Drun=10', '-Pno-warn-in-pom', '-Dtest=AccountTest#withdrawalNeedsTheBalanceService'])
assert r.exit == 1: "${r.command} exited ${r.exit}"
assert !r.stderr.contains('failed in the previous run') && !r.stdout.contains('failed in the previous run'): "${r.command}: the tip despite <noWarn>:\n${r.stderr.take(2000)}"

// One failure before: "1 test failed"; the fixed full run passes.
r = tracer('singular', ['-Drun=11', '-Dfixed=true'])
assert r.exit == 0: "${r.command} exited ${r.exit}; stderr:\n${r.stderr.take(3000)}"
assert its.countLines(r.stderr, TIP(1)) == 1: "${r.command}: stderr must have once\n  ${TIP(1)}\nstderr:\n${r.stderr.take(3000)}"
assert executed('11') == EVERY_BODY + "${ENGINE}/[class:views.WarehouseTest]/[method:countsStock()]".toString()
return true

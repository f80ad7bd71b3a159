// The flight recorder (issue 7), on one fixture. Run 1 (JDK 17): the relay worker dies on "poison" while the test
// waits for an acknowledgement; the same test passing has no trace, nor has an untraced failure; two deadlocked
// threads under @Timeout are named; a ring of 5 drops. Run 2 (JDK 25 when installed): the relay again, and a budget
// of 20 overflows. Run 3: a traced test hangs until Surefire kills its fork; its last provisional trace stands.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def details = { trace -> trace.events*.detail }
def line = { String file, String text -> its.lineOf(basedir, "src/test/java/relay/${file}", text) }
int poisonLine = line('Relay.java', 'throw new IllegalStateException("cannot relay poison");')
def kinds = { trace -> trace.events*.kind }

def checkRelay = { doc, String where, String javaVersion ->
    def hello = its.test(doc, 'relay.RelayTest', 'relaysAfterAGreeting', '[1] hello')
    assert hello.state == 'passed' && !hello.containsKey('trace'): "${where}: a passing traced test has no trace: ${hello}"
    def poison = its.test(doc, 'relay.RelayTest', 'relaysAfterAGreeting', '[2] poison')
    assert poison.state == 'failed'
    def trace = poison.trace
    assert trace instanceof Map: "${where}: no trace on the failed traced test: ${poison}"
    assert trace.keySet() == ['events', 'threads', 'deadlocks', 'overflow', 'dropped'] as Set: "${where}: ${trace.keySet()}"
    assert trace.overflow == false && trace.dropped == 0: "${where}: ${trace.overflow} ${trace.dropped}"
    def d = details(trace)
    assert d.contains("java ${javaVersion}".toString()): "${where}: the test JVM was not Java ${javaVersion}: ${d}"
    assert d.contains('INFO relay: relayed hello'): "${where}: the relay's log line: ${d}"
    assert trace.events.find { it.kind == 'exception' && it.thread == 'relay-worker' &&
            it.detail == "java.lang.IllegalStateException: cannot relay poison at relay.Relay.run line ${poisonLine}".toString() }:
            "${where}: JFR saw the worker throw: ${trace.events}"
    assert trace.events.find { it.kind == 'exception' && it.thread == 'relay-worker' &&
            it.detail == "uncaught, the thread dies: java.lang.IllegalStateException: cannot relay poison at relay.Relay.run(Relay.java:${poisonLine})".toString() }:
            "${where}: the worker's death: ${trace.events}"
    assert trace.events.find { it.kind == 'thread_start' && it.thread == 'relay-worker' && it.detail == 'started by main' }:
            "${where}: ${trace.events}"
    assert trace.events.find { it.kind == 'thread_end' && it.thread == 'relay-worker' }: "${where}: ${trace.events}"
    assert trace.events.find { it.kind == 'park' && it.thread == 'main' &&
            it.detail.startsWith('parked ') && it.detail.contains(' on java.util.concurrent.Semaphore$NonfairSync (timeout ') }:
            "${where}: the test waiting for the acknowledgement: ${trace.events}"
    assert trace.events*.t_us == trace.events*.t_us.sort(false): "${where}: events by time"
    assert trace.threads == [] && trace.deadlocks == []: "${where}: the worker is dead: ${trace.threads}"
    return trace
}

// Run 1
def run1 = its.report(basedir, 'target/tracer/run1.json')
assert run1.summary.subMap(['total', 'passed', 'failed', 'skipped']) == [total: 6, passed: 1, failed: 4, skipped: 1]
assert !run1.warnings: "no recorder warnings: ${run1.warnings}"
checkRelay(run1, 'run 1', '17')
def untraced = its.test(run1, 'relay.UntracedRelayTest', 'poisonIsNotAcknowledged')
assert untraced.state == 'failed' && !untraced.containsKey('trace'): "an untraced failure has no trace: ${untraced}"

def deadlock = its.test(run1, 'relay.DeadlockTest', 'transfersLockInOppositeOrder')
assert deadlock.state == 'failed' && deadlock.failures[0].type == 'java.util.concurrent.TimeoutException'
assert deadlock.trace.deadlocks*.name == ['credit', 'debit']: "deadlocks: ${deadlock.trace.deadlocks}"
deadlock.trace.deadlocks.each { t ->
    assert t.state == 'BLOCKED' && t.waiting_on == 'java.lang.Object' && t.holds == ['java.lang.Object']
    assert t.lock_owner == (t.name == 'debit' ? 'credit' : 'debit')
    // Blocked entering `synchronized (second) {`: HotSpot reports the monitorenter at the block's first line.
    assert t.frames[0] == ['class': 'relay.DeadlockTest', method: 'lockBoth', file: 'DeadlockTest.java',
                           line: line('DeadlockTest.java', 'synchronized (second) {') + 1]
    assert !t.containsKey('approx')
}
assert deadlock.trace.threads*.name == ['credit', 'debit'] && deadlock.trace.threads.every { it.approx == true }
// each thread reports its own start when it first runs: in either order
assert deadlock.trace.events.findAll { it.kind == 'thread_start' }*.thread.sort() == ['credit', 'debit']
assert deadlock.trace.events.find { it.kind == 'exception' && it.thread == 'main' &&
        it.detail == "java.lang.InterruptedException at java.lang.Object.wait from relay.DeadlockTest.transfersLockInOppositeOrder line ${line('DeadlockTest.java', 'debit.join();')}".toString() }:
        "the timeout interrupted the test: ${deadlock.trace.events}"

def chatty = its.test(run1, 'relay.ChattyTest', 'printsThirtyLines')
assert chatty.trace.events.size() == 5: "ring of 5: ${chatty.trace.events}"
assert chatty.trace.dropped >= 26 && chatty.trace.overflow == false: "${chatty.trace}"
assert chatty.trace.events[-1].detail == "org.opentest4j.AssertionFailedError: chatty at relay.ChattyTest.printsThirtyLines line ${line('ChattyTest.java', 'fail(\"chatty\");')}".toString()
assert details(chatty.trace).contains('line 30')

// Run 2
def run2 = its.report(basedir, 'target/tracer/run2.json')
assert run2.summary.subMap(['total', 'passed', 'failed']) == [total: 3, passed: 1, failed: 2]
def jdk25 = new File('/usr/lib/jvm/temurin-25-jdk-amd64/bin/java').exists()
if (!jdk25) {
    println 'JDK 25 is not installed at /usr/lib/jvm/temurin-25-jdk-amd64: run 2 ran on the default JDK instead'
}
checkRelay(run2, 'run 2', jdk25 ? '25' : '17')
def budget = its.test(run2, 'relay.ChattyTest', 'printsThirtyLines').trace
assert budget.overflow == true && budget.dropped == 15 && budget.events.size() == 5: "budget of 20: ${budget}"
assert kinds(budget) == ['stdout'] * 5

// Run 3
def run3 = its.report(basedir, 'target/tracer/run3.json')
def hung = its.test(run3, 'relay.HangTest', 'waitsForAWorkerThatNeverEnds')
assert hung.state == 'failed' && hung.failures[0].type == 'dev.tracer.ForkCrash'
assert hung.trace.partial == true: "the last provisional trace: ${hung.trace}"
assert hung.trace.threads*.name == ['sleeper'] && hung.trace.threads[0].state == 'TIMED_WAITING'
assert hung.trace.threads[0].frames[1] == ['class': 'relay.HangTest', method: 'lambda$waitsForAWorkerThatNeverEnds$0', file: 'HangTest.java', line: line('HangTest.java', 'Thread.sleep(600_000);')]
assert details(hung.trace).contains('sleeper starts')
assert hung.trace.events.find { it.kind == 'thread_start' && it.thread == 'sleeper' }
return true

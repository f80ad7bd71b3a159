// Callers of tracer:agent-test that register while a run is starting: every request registered before the run's
// build read the project's sources replays that run; one registered after gets a run of its own. SlowTest appends
// its JVM's pid to target/pids-SCENARIO.txt: one pid, one run.
//
// Order without luck: the script starts the callers with HOME set to a directory whose .mavenrc (sourced by the mvn
// launcher before it starts Maven's JVM) holds a runner's child build (TRACER_RUNNER_PID is set in its environment,
// in no caller's) until the scenario's gate file exists. So the child cannot read a file before the script has seen
// every caller registered in the queue; then the script opens the gate. The callers' own builds pass straight through.
import groovy.json.JsonSlurper

import java.util.concurrent.TimeUnit

def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

String mavenHome = System.getProperty('maven.home') ?: System.getenv('MAVEN_HOME')
if (mavenHome == null) {
    def which = ['which', 'mvn'].execute().text.trim()
    mavenHome = new File(which).canonicalFile.parentFile.parentFile.path
}
def mvn = new File(mavenHome, 'bin/mvn')
assert mvn.isFile(): "no mvn in ${mavenHome}"
def settings = new File(basedir.parentFile, 'interpolated-settings.xml')
assert settings.isFile(): "no invoker settings at ${settings}"

def home = new File(basedir, 'target/gated-home')
home.mkdirs()
new File(home, '.mavenrc').setText('''\
# Only in a runner's child build: say so, then wait for the scenario's gate.
if [ -n "$TRACER_RUNNER_PID" ] && [ -n "$IT_CHILD_GATE" ]; then
  : > "$IT_CHILD_GATE.waiting"
  while [ ! -f "$IT_CHILD_GATE" ]; do sleep 0.05; done
fi
''', 'UTF-8')

def gateOf = { String scenario -> new File(basedir, "target/child-gate-${scenario}") }
def childWaiting = { String scenario -> new File(gateOf(scenario).path + '.waiting').exists() }
def cacheOf = { String scenario -> new File(basedir, ".tracer-${scenario}") }
def queued = { String scenario -> (new File(cacheOf(scenario), 'queue').listFiles({ File d, String n -> n ==~ /\d+\.json/ } as FilenameFilter) ?: []).size() }
def pidsOf = { String scenario ->
    def file = new File(basedir, "target/pids-${scenario}.txt")
    return file.isFile() ? file.readLines('UTF-8').findAll { !it.isBlank() } : []
}
def runsOf = { String scenario ->
    def dir = new File(cacheOf(scenario), 'runs')
    def files = dir.listFiles({ File d, String n -> n.endsWith('.json') } as FilenameFilter) ?: []
    return files.sort { it.name }.collect { new JsonSlurper().parse(it, 'UTF-8') }
}

/** `mvn -q -B -o tracer:agent-test -Dtest=PriceTest,SlowTest ... ARGS` for a caller of the scenario. */
def commandOf = { String scenario, List<String> args ->
    [mvn.path, '-q', '-B', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString(),
     'tracer:agent-test', '-Dtest=PriceTest,SlowTest', "-Dtracer.cacheDir=.tracer-${scenario}".toString(),
     "-Drun=${scenario}".toString()] + args
}

/** The callers' environment: through the gated HOME. */
def gated = { ProcessBuilder pb, String scenario ->
    pb.environment().put('MAVEN_OPTS', '-Djansi.noreset=true')
    pb.environment().put('HOME', home.path)
    pb.environment().put('IT_CHILD_GATE', gateOf(scenario).path)
    ['TRACER_STREAMING', 'TRACER_RUNNER_PID', 'MAVEN_SKIP_RC'].each { pb.environment().remove(it) }
    return pb
}

/** Starts a caller of the scenario without waiting; stdout and stderr go to target/NAME-std*.txt. */
def start = { String scenario, String name, List<String> args = [] ->
    def out = new File(basedir, "target/${name}-stdout.txt")
    def err = new File(basedir, "target/${name}-stderr.txt")
    def command = commandOf(scenario, args)
    def pb = gated(new ProcessBuilder(command).directory(basedir).redirectOutput(out).redirectError(err), scenario)
    return [name: name, process: pb.start(), out: out, err: err, command: "mvn ${command.drop(7).join(' ')}".toString()]
}

def finish = { Map p ->
    assert p.process.waitFor(300, TimeUnit.SECONDS): "${p.command} did not finish in 300 s"
    return [exit: p.process.exitValue(), stdout: p.out.getText('UTF-8'), stderr: p.err.getText('UTF-8'), command: p.command]
}

/** Waits (up to 180 s) until the condition holds: the script's only waits are for facts. */
def waitUntil = { String what, Closure<Boolean> condition ->
    long deadline = System.currentTimeMillis() + 180_000
    while (!condition.call()) {
        assert System.currentTimeMillis() < deadline: "timed out waiting until ${what}"
        Thread.sleep(50)
    }
}

/** The document on stdout of `mvn -q`: everything before Maven's own [ERROR] lines. */
def documentText = { Map run ->
    def text = run.stdout.readLines().takeWhile { !it.startsWith('[ERROR]') }.join('\n')
    assert text.startsWith('{'): "${run.command}: stdout does not start with the document:\n${run.stdout.take(2000)}\nstderr:\n${run.stderr.take(2000)}"
    def doc = new JsonSlurper().parseText(text) as Map
    its.checkPrintedDocument(doc, run.command)
    return [text: text, doc: doc]
}

def FAILURE = 'There are test failures: 1 failed, 0 invalid of 2 tests.'

/** Every caller exits 1 and prints the same document: PriceTest#discount failed, SlowTest passed. */
def assertSameFailedDocument = { String scenario, List<Map> results ->
    results.each { assert it.exit == 1: "${it.command} exited ${it.exit}:\n${it.stdout.take(3000)}\n${it.stderr.take(3000)}" }
    def docs = results.collect(documentText)
    assert docs*.text.unique().size() == 1: "${scenario}: the documents differ:\n${docs*.text.join('\n-----\n')}"
    def doc = docs[0].doc
    assert doc.summary.subMap(['total', 'passed', 'failed', 'result']) == [total: 2, passed: 1, failed: 1, result: 'failed']: "${doc.summary}"
    assert doc.tests*.name == ['discount()'] && doc.tests[0].failures[0].message.startsWith('discounted price'): "${doc.tests}"
    results.each { assert its.lineContaining(it.stdout, FAILURE).contains(".tracer-${scenario}/runs/") }
    return docs[0]
}

// ---------------------------------------------------------------- the invoker's own build: one caller, SlowTest
assert pidsOf('invoker').size() == 1
assert runsOf('invoker')*.status == ['completed'] && runsOf('invoker')[0].last_request == 1

// ---------------------------------------------------------------- three callers 0.5 s apart: one run
// The second and third start after the runner took the lock, wrote its run into the cache and started its child
// build, and before that build read anything: the run serves them.
def spaced = [start('spaced', 'spaced-1')]
waitUntil('the runner of spaced started its child build') { childWaiting('spaced') }
assert runsOf('spaced')*.status == ['running']: "${runsOf('spaced')}"
2.times { i ->
    Thread.sleep(500)
    spaced << start('spaced', "spaced-${i + 2}")
}
waitUntil('the three callers of spaced are registered') { queued('spaced') == 3 }
assert pidsOf('spaced') == []: 'no test ran yet'
gateOf('spaced').createNewFile()
spaced = spaced.collect(finish)
assertSameFailedDocument('spaced', spaced)
assert pidsOf('spaced').size() == 1: "one run, one test JVM: ${pidsOf('spaced')}"
assert runsOf('spaced').size() == 1 && runsOf('spaced')[0].last_request == 3: "${runsOf('spaced')*.subMap(['id', 'last_request'])}"
assert queued('spaced') == 0: 'every request left the queue'

// ---------------------------------------------------------------- eight callers within 0.1 s: one run
// One shell forks the eight first; each waits for target/burst-go, then notes the time and starts its caller. (A JVM
// takes tens of ms per process start on a loaded machine.) The spread is measured, not assumed.
def go = new File(basedir, 'target/burst-go')
def launcher = gated(new ProcessBuilder(['sh', '-c', '''for i in 1 2 3 4 5 6 7 8; do
  ( : > "target/burst-$i-forked"; while [ ! -f target/burst-go ]; do sleep 0.005; done
    date +%s%N > "target/burst-$i-started"; "$@" > "target/burst-$i-stdout.txt" 2> "target/burst-$i-stderr.txt"; echo $? > "target/burst-$i-exit" ) &
done
wait''', 'sh'] + commandOf('burst', [])).directory(basedir).redirectErrorStream(true)
        .redirectOutput(new File(basedir, 'target/burst-launcher.txt')), 'burst').start()
waitUntil('the eight starters of burst are forked') { (1..8).every { new File(basedir, "target/burst-${it}-forked").exists() } }
go.createNewFile()
waitUntil('the eight callers of burst started') { (1..8).every { new File(basedir, "target/burst-${it}-started").length() > 0 } }
def startedAt = (1..8).collect { new File(basedir, "target/burst-${it}-started").text.trim() as long }
long spread = (startedAt.max() - startedAt.min()).intdiv(1_000_000)
println "agent-test-concurrent-callers: the 8 callers of burst started within ${spread} ms"
waitUntil('the runner of burst started its child build') { childWaiting('burst') }
waitUntil('the eight callers of burst are registered') { queued('burst') == 8 }
gateOf('burst').createNewFile()
assert launcher.waitFor(300, TimeUnit.SECONDS): 'the callers of burst did not finish in 300 s'
def burst = (1..8).collect { i ->
    [exit: new File(basedir, "target/burst-${i}-exit").text.trim() as int, stdout: new File(basedir, "target/burst-${i}-stdout.txt").getText('UTF-8'),
     stderr: new File(basedir, "target/burst-${i}-stderr.txt").getText('UTF-8'), command: "burst caller ${i}".toString()]
}
assertSameFailedDocument('burst', burst)
assert pidsOf('burst').size() == 1: "one run, one test JVM: ${pidsOf('burst')}"
assert runsOf('burst').size() == 1 && runsOf('burst')[0].last_request == 8: "${runsOf('burst')*.subMap(['id', 'last_request'])}"

// ---------------------------------------------------------------- a caller after the sources were read: its own run
// The child gate is open from the start; SlowTest waits for a test gate, so the second caller surely registers while
// the first run's test runs (its build compiled the sources long before).
gateOf('late').createNewFile()
def testGate = new File(basedir, 'target/test-gate-late')
def late = ['-Dgate=' + testGate.path]
def first = start('late', 'late-1', late)
waitUntil('the first run of late runs SlowTest') { pidsOf('late').size() == 1 }
def running = runsOf('late')
assert running*.status == ['running'] && new File(cacheOf('late'), "runs/${running[0].id}.boundary").isFile(): "${running}"
def second = start('late', 'late-2', late)
waitUntil('the second caller of late is registered') { queued('late') == 2 }
testGate.createNewFile()
def lateResults = [first, second].collect(finish)
lateResults.each { assert it.exit == 1: "${it.command} exited ${it.exit}:\n${it.stdout.take(3000)}\n${it.stderr.take(3000)}" }
def lateDocs = lateResults.collect(documentText)
assert its.withoutDurations(lateDocs[0].doc) == its.withoutDurations(lateDocs[1].doc): "${lateDocs*.text}"
assert lateDocs[1].doc.summary.subMap(['total', 'passed', 'failed']) == [total: 2, passed: 1, failed: 1]
def lateRuns = runsOf('late')
assert pidsOf('late').size() == 2 && pidsOf('late').unique().size() == 2: "two runs: ${pidsOf('late')}"
assert lateRuns*.last_request == [1, 2] && lateRuns*.status == ['completed', 'completed']: "${lateRuns*.subMap(['id', 'last_request', 'status'])}"
assert its.lineContaining(lateResults[1].stdout, FAILURE).contains(".tracer-late/runs/${lateRuns[1].id}.json")
return true

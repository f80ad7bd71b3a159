// tracer:agent-test with concurrent requests. Each scenario starts nested `mvn -q tracer:agent-test` processes at
// once, with its own cache directory (-Dtracer.cacheDir) and its own name in target/executions.txt (-Drun), and checks
// the outputs, the exit codes, the cache, and how many times each test really executed.
//
// Order without sleeps: to have several requests registered before any run starts, the script itself holds the
// runner's lock (an OS file lock, as every caller takes it) while it starts them, waits until the queue holds each
// one, then lets go. Requests are served in the order they registered. SlowTest waits for a gate file, so the script
// can act while a run is surely in progress.
import groovy.json.JsonSlurper

import java.nio.channels.FileChannel
import java.nio.file.StandardOpenOption
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

/** Starts `mvn -q -B -o ARGS` in basedir without waiting; stdout and stderr go to target/NAME-std*.txt. */
def start = { String name, List<String> args ->
    def out = new File(basedir, "target/${name}-stdout.txt")
    def err = new File(basedir, "target/${name}-stderr.txt")
    def command = [mvn.path, '-q', '-B', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString()] + args
    def pb = new ProcessBuilder(command).directory(basedir).redirectOutput(out).redirectError(err)
    pb.environment().put('MAVEN_OPTS', '-Djansi.noreset=true')
    pb.environment().remove('TRACER_STREAMING')
    return [name: name, process: pb.start(), out: out, err: err, command: "mvn ${args.join(' ')}".toString()]
}

/** Waits for a started build: [exit, stdout, stderr, command]. */
def finish = { Map p ->
    assert p.process.waitFor(300, TimeUnit.SECONDS): "${p.command} did not finish in 300 s"
    return [exit: p.process.exitValue(), stdout: p.out.getText('UTF-8'), stderr: p.err.getText('UTF-8'), command: p.command]
}

/** Waits (up to 180 s) until the condition holds: the script's only waits are for facts, never for time. */
def waitUntil = { String what, Closure<Boolean> condition ->
    long deadline = System.currentTimeMillis() + 180_000
    while (!condition.call()) {
        assert System.currentTimeMillis() < deadline: "timed out waiting until ${what}"
        Thread.sleep(100)
    }
}

def cacheOf = { String scenario -> new File(basedir, ".tracer-${scenario}") }
def queued = { String scenario -> (new File(cacheOf(scenario), 'queue').listFiles({ File d, String n -> n ==~ /\d+\.json/ } as FilenameFilter) ?: []).size() }

/** Holds the runner's lock of a scenario's cache, as a runner would, until the closure returns. */
def holdingTheLock = { String scenario, Closure body ->
    def dir = cacheOf(scenario)
    dir.mkdirs()
    def channel = FileChannel.open(new File(dir, 'lock').toPath(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)
    def lock = channel.lock()
    try {
        return body.call()
    } finally {
        lock.release()
        channel.close()
    }
}

/** Starts the requests in order, each registered before the next starts, while the script holds the lock. */
def registerInOrder = { String scenario, List<List<String>> requests ->
    holdingTheLock(scenario) {
        def started = []
        requests.eachWithIndex { List<String> args, int i ->
            started << start("${scenario}-${i + 1}", ['tracer:agent-test', "-Dtracer.cacheDir=.tracer-${scenario}".toString(),
                                                      "-Drun=${scenario}".toString()] + args)
            waitUntil("request ${i + 1} of ${scenario} is registered") { queued(scenario) == i + 1 }
        }
        return started
    }
}

/** How many times each test executed in a scenario. */
def executions = { String scenario ->
    def file = new File(basedir, 'target/executions.txt')
    def counts = new TreeMap<String, Integer>()
    if (file.isFile()) {
        file.readLines('UTF-8').findAll { it.startsWith(scenario + ' ') }.each { counts.merge(it.substring(scenario.length() + 1), 1, Integer::sum) }
    }
    return counts
}

/** The scenario's cached runs, oldest first. */
def runsOf = { String scenario ->
    def dir = new File(cacheOf(scenario), 'runs')
    def files = dir.listFiles({ File d, String n -> n.endsWith('.json') } as FilenameFilter) ?: []
    return files.sort { it.name }.collect { new JsonSlurper().parse(it, 'UTF-8') }
}

/** The document on stdout of `mvn -q`: everything before Maven's own [ERROR] lines. */
def documentText = { Map run, Map view = [:] ->
    def text = run.stdout.readLines().takeWhile { !it.startsWith('[ERROR]') }.join('\n')
    assert text.startsWith('{'): "${run.command}: stdout does not start with the document:\n${run.stdout.take(2000)}\nstderr:\n${run.stderr.take(2000)}"
    def doc = new JsonSlurper().parseText(text) as Map
    its.checkPrintedDocument(doc, run.command, view)
    return [text: text, doc: doc]
}

def CART_FAILURE = 'There are test failures: 1 failed, 0 invalid of 2 tests.'

// ---------------------------------------------------------------- the invoker's own build: one request, not quiet
def log = its.buildLog(basedir).replace('\u001B[0m', '')
def invokerRuns = runsOf('invoker')
assert invokerRuns.size() == 1 && invokerRuns[0].status == 'completed' && invokerRuns[0].selection == ['OrderTest']: "${invokerRuns}"
its.assertLine(log, "[INFO] tracer: running -Dtest=OrderTest (run ${invokerRuns[0].id}).")
assert executions('invoker') == ['OrderTest#ships': 1]

// ---------------------------------------------------------------- bad input, and a build that fails before any test
// A bad value fails before the request registers; a child build that cannot compile fails every caller with its
// errors (and its run is not replayed: the cache records it as an error). Here a dependency cannot be resolved.
def badValue = start('bad-value', ['tracer:agent-test', '-Dtracer.cacheDir=.tracer-bad', '-Dtracer.waitTimeout=soon'])
def brokenBuild = start('broken-build', ['tracer:agent-test', '-Dtracer.cacheDir=.tracer-broken-build', '-Drun=broken-build',
                                     '-Dtest=OrderTest', '-Pmissing-dependency'])
badValue = finish(badValue)
assert badValue.exit == 1
its.lineContaining(badValue.stdout, '-Dtracer.waitTimeout=soon is not a duration: use a number with ms, s, m, h or d (for example -Dtracer.waitTimeout=30m)')
assert !cacheOf('bad').exists(): 'nothing registered'
brokenBuild = finish(brokenBuild)
assert brokenBuild.exit == 1
its.lineContaining(brokenBuild.stdout, 'The test build failed before it reported any test (exit code 1):')
its.lineContaining(brokenBuild.stdout, 'dev.tracer.it:does-not-exist:jar:1.0')
assert runsOf('broken-build')*.status == ['error'] && executions('broken-build') == [:]

// ---------------------------------------------------------------- three simultaneous requests for the same class
// One run, two replays, three identical documents; each exits 1 (CartTest#taxIncluded fails).
def same = registerInOrder('same', [['-Dtest=CartTest'], ['-Dtest=CartTest'], ['-Dtest=CartTest']]).collect(finish)
same.each { assert it.exit == 1: "${it.command} exited ${it.exit}:\n${it.stdout.take(3000)}\n${it.stderr.take(3000)}" }
def sameDocs = same.collect(documentText)
assert sameDocs*.text.unique().size() == 1: "the three documents differ:\n${sameDocs*.text.join('\n-----\n')}"
def doc = sameDocs[0].doc
assert doc.summary.subMap(['total', 'passed', 'failed', 'result']) == [total: 2, passed: 1, failed: 1, result: 'failed']: "${doc.summary}"
assert doc.tests*.name == ['taxIncluded()'] && doc.tests[0].failures[0].message.startsWith('tax'): "${doc.tests}"
same.each { assert its.lineContaining(it.stdout, CART_FAILURE).contains('.tracer-same/runs/') }
assert runsOf('same').size() == 1 && runsOf('same')[0].selection == ['CartTest']: "runs: ${runsOf('same')*.selection}"
// one run: total once, the failing test once and its rerun once
assert executions('same') == ['CartTest#taxIncluded': 2, 'CartTest#total': 1]: "${executions('same')}"
assert queued('same') == 0: 'every request left the queue'

// ---------------------------------------------------------------- A, B, A: two runs, one replay
def aba = registerInOrder('aba', [['-Dtest=CartTest'], ['-Dtest=OrderTest'], ['-Dtest=CartTest']]).collect(finish)
assert aba*.exit == [1, 0, 1]: "exit codes ${aba*.exit}: ${aba.collect { it.stdout.take(1500) }}"
def abaDocs = aba.collect(documentText)
assert abaDocs[0].text == abaDocs[2].text: 'the two CartTest requests print the same document'
assert abaDocs[1].doc.summary.subMap(['total', 'passed', 'result']) == [total: 1, passed: 1, result: 'passed']
assert abaDocs[1].doc.tests == []: 'failures only by default'
assert runsOf('aba')*.selection == [['CartTest'], ['OrderTest']]
assert executions('aba') == ['CartTest#taxIncluded': 2, 'CartTest#total': 1, 'OrderTest#ships': 1]: "${executions('aba')}"

// tracer:cache prints the same cache as JSON
def cache = start('aba-cache', ['tracer:cache', '-Dtracer.cacheDir=.tracer-aba']).with(finish)
assert cache.exit == 0: "${cache.command}: ${cache.stdout}\n${cache.stderr}"
def cached = new JsonSlurper().parseText(cache.stdout)
assert cached.version == 1 && cached.requests == [] && !cached.containsKey('lock'): "${cache.stdout.take(2000)}"
assert cached.runs*.id == runsOf('aba')*.id && cached.runs*.status == ['completed', 'completed']
assert cached.runs*.selection == [['CartTest'], ['OrderTest']]
assert cached.runs[0].summary.subMap(['total', 'failed']) == [total: 2, failed: 1]
assert cached.runs[0].events*.type.sort() == ['test:fail', 'test:pass'] && cached.runs[0].events.every { it.at && it['class'] == 'shop.CartTest' }
assert cached.runs[1].events*.method == ['ships']

// ---------------------------------------------------------------- A then all: two runs
// "all" has views in its POM (summaryOnly, an output file): it shows them; the cache keeps every test.
def aThenAll = registerInOrder('a-then-all', [['-Dtest=CartTest'], ['-Pviews-in-pom']]).collect(finish)
assert aThenAll*.exit == [1, 1]
def everything = documentText(aThenAll[1], [summaryOnly: true])
assert everything.doc.keySet() == ['version', 'summary', 'retry'] as Set: "summaryOnly from the POM: ${everything.doc.keySet()}"
assert everything.doc.summary.subMap(['total', 'passed', 'failed']) == [total: 4, passed: 3, failed: 1]: "${everything.doc.summary}"
// stdout is the lean document; the <output> file the full one (the same, for a summary-only view, but indented)
assert its.report(basedir, 'target/tracer/pom-output.json', [summaryOnly: true]).summary == everything.doc.summary:
        '<output> from the POM'
assert runsOf('a-then-all')*.selection == [['CartTest'], []]
assert runsOf('a-then-all')[1].document.tests.size() == 4: 'the cached document lists every test'
assert executions('a-then-all') == ['CartTest#taxIncluded': 4, 'CartTest#total': 2, 'OrderTest#ships': 1,
                                    'SlowTest#finished': 1, 'SlowTest#started': 1]: "${executions('a-then-all')}"

// ---------------------------------------------------------------- all then A: one run; A's part equals a direct run
def allThenA = registerInOrder('all-then-a', [[], ['-Dtest=CartTest', '-Dtracer.all', '-Dtracer.verbose'], ['-Dtest=CartTest', '-Dtracer.streaming']]).collect(finish)
assert allThenA*.exit == [1, 1, 1]: "exit codes ${allThenA*.exit}"
assert runsOf('all-then-a')*.selection == [[]]: 'A was served from the run of every test'
assert executions('all-then-a') == ['CartTest#taxIncluded': 2, 'CartTest#total': 1, 'OrderTest#ships': 1,
                                    'SlowTest#finished': 1, 'SlowTest#started': 1]: "${executions('all-then-a')}"
def replayed = documentText(allThenA[1], [verbose: true]).doc
def direct = start('direct', ['tracer:test-json', '-Dtest=CartTest', '-Dtracer.all', '-Drun=direct',
                              '-Dtracer.output=target/tracer/direct.json']).with(finish)
assert direct.exit == 1
def directDoc = its.report(basedir, 'target/tracer/direct.json')
assert its.withoutDurations(replayed) == its.withoutDurations(directDoc):
        "the replayed document differs from a direct tracer:test-json -Dtest=CartTest:\n  replayed: ${replayed}\n  direct:   ${directDoc}"
// the stream: suite:start, CartTest's two events from the cache, suite:end with the replay's summary
def stream = its.jsonLines(allThenA[2])
assert stream.raw.first() == '{"type":"suite:start"}' && stream.parsed.last().type == 'suite:end': "${stream.raw}"
assert stream.parsed[1..-2].collect { "${it.type} ${it['class']}#${it.method}".toString() }.sort() ==
        ['test:fail shop.CartTest#taxIncluded', 'test:pass shop.CartTest#total']: "${stream.raw}"
assert stream.parsed.last().summary == replayed.summary: "suite:end ${stream.parsed.last()} vs ${replayed.summary}"

// ---------------------------------------------------------------- a lock and a request left by a dead process
def dead = ['sh', '-c', 'exit 0'].execute()
dead.waitFor()
def stale = cacheOf('stale')
new File(stale, 'queue').mkdirs()
new File(stale, 'lock').text = "pid=${dead.pid()} run=gone\n"
new File(stale, 'queue/sequence').text = 'old-epoch 1\n'
new File(stale, 'queue/000000000001.json').text = """{"seq":1,"epoch":"old-epoch","pid":${dead.pid()},"selection":[],"key":[]}"""
new File(stale, 'queue/000000000001.lock').text = ''
// -Dtracer.waitTimeout=0s: a caller that had to wait would give up at once
def afterStale = start('stale-1', ['tracer:agent-test', '-Dtracer.cacheDir=.tracer-stale', '-Drun=stale', '-Dtest=OrderTest',
                                   '-Dtracer.waitTimeout=0s']).with(finish)
assert afterStale.exit == 0: "${afterStale.command}:\n${afterStale.stdout.take(3000)}\n${afterStale.stderr.take(3000)}"
assert documentText(afterStale).doc.summary.total == 1
assert queued('stale') == 0 && !new File(stale, 'queue/000000000001.lock').exists(): 'the dead request was removed'
assert executions('stale') == ['OrderTest#ships': 1]

// ---------------------------------------------------------------- waiting longer than tracer.waitTimeout
def timedOut = holdingTheLock('timeout') {
    start('timeout-1', ['tracer:agent-test', '-Dtracer.cacheDir=.tracer-timeout', '-Drun=timeout', '-Dtest=OrderTest',
                        '-Dtracer.waitTimeout=1s']).with(finish)
}
assert timedOut.exit == 1
its.lineContaining(timedOut.stdout + timedOut.stderr, 'Gave up after waiting 1s for earlier test requests to finish (tracer.waitTimeout). Raise it (for example -Dtracer.waitTimeout=1h)')
assert executions('timeout') == [:] && runsOf('timeout') == []

// ---------------------------------------------------------------- a runner killed mid-run: the waiter does the work
def gate = new File(basedir, 'target/gate-killed')
def slow = ['-Dtest=SlowTest', "-Dgate=${gate.absolutePath}".toString()]
def runner = start('killed-1', ['tracer:agent-test', '-Dtracer.cacheDir=.tracer-killed', '-Drun=killed'] + slow)
waitUntil('the runner runs SlowTest') { executions('killed')['SlowTest#started'] == 1 }
def waiter = start('killed-2', ['tracer:agent-test', '-Dtracer.cacheDir=.tracer-killed', '-Drun=killed'] + slow)
waitUntil('the waiter is registered') { queued('killed') == 2 }
def handle = runner.process.toHandle()
def tree = handle.descendants().toList()
handle.destroyForcibly()
tree.each { it.destroyForcibly() }
assert runner.process.waitFor(60, TimeUnit.SECONDS)
tree.each { it.onExit().get(60, TimeUnit.SECONDS) }
gate.createNewFile()
def done = finish(waiter)
assert done.exit == 0: "${done.command}:\n${done.stdout.take(3000)}\n${done.stderr.take(3000)}"
assert documentText(done).doc.summary.subMap(['total', 'passed']) == [total: 1, passed: 1]
def killedRuns = runsOf('killed')
assert killedRuns*.status == ['interrupted', 'completed']: "${killedRuns*.status}"
assert executions('killed') == ['SlowTest#finished': 1, 'SlowTest#started': 2]: "${executions('killed')}"
return true

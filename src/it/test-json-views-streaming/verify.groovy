// tracer.streaming: stdout is one JSON line per event while the tests run ({"type":"suite:start"}, one test:pass,
// test:fail or test:skip per test with the test's fields, {"type":"suite:end","summary":...}), the document goes only
// to the report file; TRACER_STREAMING and TRACER_OUTPUT_FILE do the same from the environment, and a -D or POM
// value wins over them. The streamed runs are nested mvn -q builds, so that stdout is read apart from stderr.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def RUN = [total: 17, passed: 7, failed: 8, skipped: 1, invalid: 1, result: 'failed']
def TYPES = [passed: 'test:pass', failed: 'test:fail', invalid: 'test:fail', skipped: 'test:skip']
def countsOf = { Map doc -> doc.summary.findAll { !(it.key in ['duration_ms', 'flaky', 'surefire']) } }
def key = { Map t -> "${t['class']}#${t.name}".toString() }

/**
 * Every key on which a streamed test and the document's test differ, each value shown: the event is the test as the
 * document has it, field by field, values included ({@code ignored} keys aside).
 */
def differences = { Map event, Map test, List ignored ->
    def fields = event.findAll { !(it.key in ['type'] + ignored) }
    // What the document adds after the tests ran: rerun (Tracer's rerun of the failures) and steps (the scenario
    // joined with the outcome).
    def documented = test.findAll { !(it.key in ignored + ['rerun', 'steps']) }
    (fields.keySet() + documented.keySet()).findAll { fields[it] != documented[it] }.collect { k ->
        "${k}: streamed ${fields.containsKey(k) ? fields[k] : '(absent)'}, document ${documented.containsKey(k) ? documented[k] : '(absent)'}"
    }
}

/** Checks the test events of a stream against the tests of a document (keyed by class and name), values included. */
def checkTestEvents = { String where, List streamed, List everyTest, List ignored ->
    def byKey = everyTest.collectEntries { [key(it), it] }
    assert streamed*.type.every { it in ['test:pass', 'test:fail', 'test:skip'] }: "${where}: event types ${streamed*.type}"
    assert streamed.collect(key).sort() == byKey.keySet().sort(): "${where}: streamed tests ${streamed.collect(key)}\nexpected each of ${byKey.keySet()} once"
    streamed.each { e ->
        def t = byKey[key(e)]
        assert e.type == TYPES[t.state]: "${where}: ${key(e)} is ${t.state} but streamed as ${e.type}"
        ['name', 'class', 'method', 'module', 'file', 'line', 'state', 'duration_ms', 'tags'].each { k ->
            assert e.containsKey(k): "${where}: the event of ${key(e)} has no ${k}: ${e}"
        }
        if (t.state in ['failed', 'invalid']) {
            assert e.failures: "${where}: the event of ${key(e)} has no failures: ${e}"
        }
        def diff = differences(e, t, ignored)
        assert diff.isEmpty(): "${where}: the event of ${key(e)} differs from the test in the document:\n  ${diff.join('\n  ')}"
    }
}

/** Checks the events of a streamed run against the report file of the same run and every test of the suite. */
def checkStream = { Map run, Map doc, List everyTest, List ignored ->
    def lines = its.jsonLines(run)
    def events = lines.parsed
    assert events.size() == everyTest.size() + 2: "${run.command}: ${events.size()} lines on stdout, expected suite:start, ${everyTest.size()} tests, suite:end:\n${lines.raw.join('\n').take(3000)}"
    assert lines.raw.first() == '{"type":"suite:start"}': "${run.command}: the first line is ${lines.raw.first()}"
    assert events.last().keySet() as List == ['type', 'summary'] && events.last().type == 'suite:end': "${run.command}: the last line is ${lines.raw.last()}"
    assert events.last().summary == doc.summary: "${run.command}: suite:end has ${events.last().summary}, the report file ${doc.summary}"
    checkTestEvents(run.command, events[1..-2], everyTest, ignored)
    assert !lines.raw.any { it.contains('"version"') }: "${run.command}: the document reached stdout"
}

// -Dtracer.streaming -Dtracer.all. StreamProbeTest's second test waits until this script has read a test line from
// stdout: it passes only if lines come out while the tests run.
def seen = new File(basedir, 'target/stream-seen.txt')
def run = its.mvn(basedir, localRepositoryPath, 'stream-all', ['tracer:test-json', '-Dtracer.streaming', '-Dtracer.all',
        "-DstreamSeen=${seen.absolutePath}".toString(), '-Dtracer.output=target/tracer/stream-all.json'], [:]) { String line ->
    if (line.contains('"type":"test:')) {
        seen.createNewFile()
    }
}
assert run.exit == 1: "${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}"
def all = its.report(basedir, 'target/tracer/stream-all.json')
assert countsOf(all) == RUN: "summary is ${all.summary}"
its.tests(all, 17)
def probe = its.test(all, 'views.StreamProbeTest', 'runsAfterALineWasStreamed')
assert probe.state == 'passed': "no test line reached stdout while the tests ran (the stream is not flushed per test): ${probe.failures}"
checkStream(run, all, all.tests, [])

// From the environment: TRACER_STREAMING=true, TRACER_OUTPUT_FILE. The default view in the file; every test streamed.
run = its.mvn(basedir, localRepositoryPath, 'stream-env', ['tracer:test-json'],
        [TRACER_STREAMING: 'true', TRACER_OUTPUT_FILE: 'target/tracer/from-env.json'])
assert run.exit == 1: "${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}"
def fromEnv = its.report(basedir, 'target/tracer/from-env.json')
assert countsOf(fromEnv) == RUN
assert fromEnv.tests*.id == all.tests.findAll { it.state in ['failed', 'invalid'] }*.id: "from-env.json shows ${fromEnv.tests*.name}"
// (Another run: its durations differ; every other value of a test is the same from run to run.)
checkStream(run, fromEnv, all.tests, ['duration_ms'])

// -D wins over the environment: -Dtracer.streaming=false prints the document; -Dtracer.output names the file.
run = its.mvn(basedir, localRepositoryPath, 'stream-cli-wins', ['tracer:test-json', '-Dtracer.streaming=false',
        '-Dtracer.output=target/tracer/cli-wins.json'], [TRACER_STREAMING: 'true', TRACER_OUTPUT_FILE: 'target/tracer/env-loses.json'])
assert run.exit == 1: "${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}"
its.printedDocument(run.stdout, its.report(basedir, 'target/tracer/cli-wins.json'), "${run.command}: stdout")
assert !run.stdout.readLines().any { it.startsWith('{"type":') }: "${run.command}: events on stdout"
assert !new File(basedir, 'target/tracer/env-loses.json').exists(): "${run.command}: TRACER_OUTPUT_FILE won over -Dtracer.output"

// The POM wins over the environment: <streaming>false</streaming>.
run = its.mvn(basedir, localRepositoryPath, 'stream-pom-wins', ['tracer:test-json', '-Pno-streaming-in-pom',
        '-Dtracer.output=target/tracer/pom-wins.json'], [TRACER_STREAMING: 'true'])
assert run.exit == 1: "${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}"
its.printedDocument(run.stdout, its.report(basedir, 'target/tracer/pom-wins.json'), "${run.command}: stdout")
assert !run.stdout.readLines().any { it.startsWith('{"type":') }: "${run.command}: events on stdout"

// <streaming>true</streaming> in the POM (the invoker's own run, build.log).
// (Debian's Maven 3.8 writes ANSI resets, ESC[0m, which build.log mixes into the printed lines.)
def log = its.buildLog(basedir).replace('\u001B[0m', '')
def doc = its.report(basedir)
assert countsOf(doc) == RUN
assert its.countLines(log, '{"type":"suite:start"}') == 1: 'build.log must have the suite:start line once'
def logEvents = log.readLines().findAll { it.startsWith('{"type":"test:') }.collect { new groovy.json.JsonSlurper().parseText(it) as Map }
assert logEvents.size() == 17: "build.log has ${logEvents.size()} test events"
// This run wrote report.json without tracer.all: its failed tests are compared with what was streamed, the others
// with the full run's (every value but the duration is the same from run to run).
def logTests = all.tests.collect { t -> doc.tests.find { it.id == t.id } ?: t }
checkTestEvents('build.log', logEvents.findAll { it.type == 'test:fail' }, doc.tests, [])
checkTestEvents('build.log', logEvents, logTests, ['duration_ms'])
def end = log.readLines().findAll { it.startsWith('{"type":"suite:end"') }
assert end.size() == 1 && new groovy.json.JsonSlurper().parseText(end[0]).summary == doc.summary: "suite:end lines: ${end}"
its.assertNoLine(log, '  "version" : 1,')
assert its.reportPathInFailure(log, 'There are test failures: 8 failed, 1 invalid of 17 tests.').endsWith('target/tracer/report.json')
return true

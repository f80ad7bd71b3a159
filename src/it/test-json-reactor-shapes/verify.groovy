// Every reactor shape gives one document and a failed build when a test failed: a module with a build extension
// (its own plugin class realm), a packaging-pom module in the middle, a test-less last module, and the same build
// with Maven's parallel builder, with -pl exclusions, -am and -rf. The counts are Surefire's, module by module.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def expectedCases = [['app.EchoTest', 'repeatsTwice', 'passed'], ['app.EchoTest', 'usesCore', 'passed'],
                     ['core.CounterTest', 'incrementsByOne', 'failed'], ['core.CounterTest', 'startsAtZero', 'passed']]
def cases = { doc -> doc.tests.collect { [it['class'], it.method, it.state] }.sort { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] } }

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 4, passed: 3, failed: 1, skipped: 0, invalid: 0, result: 'failed']: "summary is ${doc.summary}"
assert cases(doc) == expectedCases: "tests: ${cases(doc)}"
// Test for test, the document is what Surefire reported in the same run.
def surefire = its.surefireCases(new File(basedir, 'core/target/surefire-reports')) +
        its.surefireCases(new File(basedir, 'app/target/surefire-reports'))
assert cases(doc) == surefire.sort { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] }: "Surefire: ${surefire}"
def log = its.buildLog(basedir)
assert its.reportPathInFailure(log, 'There are test failures: 1 failed, 0 invalid of 4 tests (core: 1 failed).').endsWith('target/tracer/report.json')

def expected = its.withoutDurations(doc)
def shapes = [
        'parallel': ['-T', '2'],
        'exclude-last': ['-pl', '!docs'],
        'also-make': ['-pl', 'app', '-am'],
        'resume-from': ['-rf', ':core'],
]
// The full document, indented (-Dtracer.verbose -Dtracer.pretty): stdout is then exactly what the file has.
shapes.each { name, flags ->
    def run = its.mvn(basedir, localRepositoryPath, "shape-${name}", ['tracer:test-json', '-Dtracer.all', '-Dtracer.verbose', '-Dtracer.pretty'] + flags)
    assert run.exit == 1: "${run.command} exited ${run.exit}, expected 1 (a test failed); stderr:\n${run.stderr.take(3000)}\nstdout:\n${run.stdout.take(3000)}"
    assert run.stdout.startsWith('{\n'): "${run.command}: stdout does not start with the document:\n${run.stdout.take(2000)}"
    def printed = its.withoutDurations(its.firstJsonObject(run.stdout))
    // Without docs in the build, its class is not in the scenarios' node index: the rest is the same document.
    def full = name in ['parallel', 'resume-from']
    def same = full ? expected : expected.findAll { it.key != 'scenarios' }
    if (!full) {
        assert printed.scenarios?.uncovered_node_ids == []: "${run.command}: ${printed.scenarios}"
        printed = printed.findAll { it.key != 'scenarios' }
    }
    assert printed == same: "${run.command} printed another document:\n${printed}\nexpected\n${same}"
    assert run.stdout.contains('There are test failures: 1 failed, 0 invalid of 4 tests (core: 1 failed).'):
            "${run.command}: no failure line on stdout:\n${run.stdout.take(3000)}"
    println "reactor-shapes: ${run.command} ok"
}

// The module with the build extension, alone: its own realm reports its own failure.
def alone = its.mvn(basedir, localRepositoryPath, 'shape-extension-alone', ['tracer:test-json', '-Dtracer.all', '-pl', 'core'])
assert alone.exit == 1: "${alone.command} exited ${alone.exit}; stdout:\n${alone.stdout.take(3000)}"
assert its.firstJsonObject(alone.stdout).summary.subMap(['total', 'failed', 'result']) == [total: 2, failed: 1, result: 'failed']

// A build of pom modules only: still one document, with no tests.
def poms = its.mvn(basedir, localRepositoryPath, 'shape-poms', ['tracer:test-json', '-pl', 'bom'])
assert poms.exit == 0: "${poms.command} exited ${poms.exit}; stdout:\n${poms.stdout.take(3000)}"
assert its.firstJsonObject(poms.stdout).summary.subMap(['total', 'result']) == [total: 0, result: 'passed']

// Only passing modules: a green build, one document.
def green = its.mvn(basedir, localRepositoryPath, 'shape-green', ['tracer:test-json', '-Dtracer.all', '-pl', 'bom,docs'])
assert green.exit == 0: "${green.command} exited ${green.exit}; stdout:\n${green.stdout.take(3000)}\nstderr:\n${green.stderr.take(3000)}"
def greenDoc = its.firstJsonObject(green.stdout)
assert greenDoc.summary.subMap(['total', 'result']) == [total: 0, result: 'passed']: "${greenDoc.summary}"
return true

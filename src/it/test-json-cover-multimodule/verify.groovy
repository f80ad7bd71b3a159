// Point 6 of issue 5: exec data of every module is merged before any module is analyzed, so core.Calc.sub, which
// only app's test runs, counts as covered for core; the root document's totals are the sums over the modules (as
// jacoco:report-aggregate adds up its bundles). tests-only has tests and no classes: no error, no classes.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def calc = [class: 'core.Calc', module: 'core', file: 'core/src/main/java/core/Calc.java', percentage: 100,
            covered_lines: 2, total_lines: 2, uncovered_lines: [], partial_lines: [],
            covered_branches: 0, total_branches: 0, covered_instructions: 8, total_instructions: 8]
def service = [class: 'app.Service', module: 'app', file: 'app/src/main/java/app/Service.java', percentage: 50,
               covered_lines: 1, total_lines: 2, uncovered_lines: [14], partial_lines: [],
               covered_branches: 0, total_branches: 0, covered_instructions: 4, total_instructions: 6]

def root = its.report(basedir, 'target/tracer/report.json', [all: true])
assert root.summary.subMap(['total', 'passed', 'result']) == [total: 3, passed: 3, result: 'passed']
assert root.coverage == [counter: 'LINE', total_percentage: 75, counter_covered: 3, counter_total: 4, total_lines: 4,
                         covered_lines: 3, classes: [service, calc]]

// Each module's own document: its classes, counted with every module's exec data.
def core = its.report(new File(basedir, 'core'), 'target/tracer/report.json', [all: true])
assert core.coverage.classes == [calc]
assert core.coverage.total_percentage == 100
def app = its.report(new File(basedir, 'app'), 'target/tracer/report.json', [all: true])
assert app.coverage.classes == [service]
def testsOnly = its.report(new File(basedir, 'tests-only'), 'target/tracer/report.json', [all: true])
assert testsOnly.coverage == [counter: 'LINE', total_percentage: 100, counter_covered: 0, counter_total: 0,
                              total_lines: 0, covered_lines: 0, classes: []]
assert testsOnly.summary.total == 1
// The analysis is the build's: timed once, in the root document; the modules' own documents, rewritten with their
// coverage, keep their timing, and it has none.
assert its.timing(root).coverage > 0: "the root's timing: ${root.timing}"
[core: core, app: app, 'tests-only': testsOnly].each { name, own ->
    assert its.timing(own, name).coverage == 0: "${name}'s timing: ${own.timing}"
}
// Tracer's agent instruments the reactor's classes only (includes=<its root packages>), so the exec data names no
// JUnit class. A module's run sees the modules built before it: core's its own, the later ones core's and app's
// (checks.CoreCheckTest is in tests-only, which has no classes of its own).
def instrumented = ['core', 'app', 'tests-only'].collectEntries {
    def exec = new File(basedir, "${it}/target/tracer/jacoco.exec")
    assert exec.length() > 0: "${it}: no exec file"
    def loader = new org.jacoco.core.tools.ExecFileLoader()
    loader.load(exec)
    [(it): loader.executionDataStore.contents*.name.sort()]
}
assert instrumented == [core: ['core/Calc', 'core/CalcTest'], app: ['app/Service', 'app/ServiceTest', 'core/Calc'],
                        'tests-only': ['core/Calc']]
return true

// Java 25 sources parse (JavaParser at its newest level): no warnings, every production type a node, the tests'
// steps extracted and joined with the run on JDK 25.

def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'result']) == [total: 2, passed: 2, failed: 0, result: 'passed']
assert doc.scenarios.count == 2 && doc.scenarios.uncovered_node_ids == ['geo.Base']: "${doc.scenarios}"

def report = its.scenarioReport(basedir)
assert report.warnings == []: "warnings: ${report.warnings}"
assert report.node_index.keySet() as List == ['geo.Base', 'geo.Circle', 'geo.Shape', 'geo.Square']
assert report.node_index['geo.Shape'].kind == 'interface' && report.node_index['geo.Circle'].kind == 'record'
def describes = report.scenarios.find { it.id == 'geo.ShapeTest#describes' }
assert describes.flow.collect { [it.kind, it.label, it.status] } == [
        ['construct', 'new Circle', 'passed'],
        ['action', 'Circle.area', 'passed'],
        ['action', 'Shape.describe', 'passed'],
        ['assertion', 'assertEquals Shape.describe(circle) → "circle"', 'passed'],
        ['construct', 'new Square', 'passed'],
        ['action', 'Square.side', 'passed']]: "flow ${describes.flow}"
assert describes.evidence_mode == 'runtime' && describes.tests*.outcome == ['passed']
def rejects = report.scenarios.find { it.id == 'geo.ShapeTest#aNegativeSideIsRejectedBeforeSuper' }
assert rejects.flow.collect { it.kind } == ['construct', 'assertion']
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('[WARNING] tracer'): 'no scenario warnings in the log'
return true

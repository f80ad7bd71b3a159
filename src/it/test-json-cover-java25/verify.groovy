// Point 7 of issue 5: Java 25 class files (major version 69) are analyzed, and class files that do not match the
// exec data (shapes.Legacy, seeded by prebuild.groovy) are named in a warning rather than silently counted.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def log = its.buildLog(basedir)

def classFile = new File(basedir, 'target/classes/shapes/Shape.class')
def header = new DataInputStream(new FileInputStream(classFile))
header.readInt(); header.readUnsignedShort()
assert header.readUnsignedShort() == 69: 'the fixture is not compiled for Java 25'
header.close()

def doc = its.report(basedir, 'target/tracer/report.json', [all: true])
assert doc.summary.subMap(['total', 'passed', 'result']) == [total: 1, passed: 1, result: 'passed']
def byName = doc.coverage.classes.collectEntries { [it['class'], it] }
assert byName.keySet() == ['shapes.Legacy', 'shapes.Shape', 'shapes.Shape$Circle', 'shapes.Shape$Rect',
                           'shapes.Shape$Square'] as Set
def shape = byName['shapes.Shape']
// The pattern switch: every case ran but a non-zero circle (line 16); kind() returned only "big shape" (26 missed).
assert shape.uncovered_lines == [16, 26]: "${shape}"
assert shape.covered_lines == 6 && shape.total_lines == 8: "${shape}"
assert shape.partial_lines == [14, 15, 17, 18, 23]: "${shape}"
assert byName['shapes.Legacy'].covered_lines == 0
assert doc.coverage.threshold == 50 && doc.coverage.threshold_met == true

String warning = "JaCoCo's execution data does not match the class files of shapes.Legacy (compiled again since"
assert doc.warnings.any { it.startsWith(warning) }: "${doc.warnings}"
assert its.lineContaining(log, warning).startsWith('[WARNING]')
return true

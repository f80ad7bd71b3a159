// Point 4 of issue 5: for the same exec data and class files, every class's line, branch and instruction counts in
// tracer's document equal those of jacoco-maven-plugin's own report (target/site/jacoco/jacoco.csv).
// Point 2: the project binds jacoco:prepare-agent; tracer reused its agent and exec file (target/jacoco.exec)
// instead of adding its own, and jacoco:report and jacoco:check still worked afterwards.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def runs = its.invocations(its.buildLog(basedir), 2)

def doc = its.report(basedir, 'target/tracer/report.json', [all: true])
assert doc.summary.subMap(['total', 'passed', 'result']) == [total: 4, passed: 4, result: 'passed']: "${doc.summary}"
def execFile = new File(basedir, 'target/jacoco.exec').canonicalFile
assert its.lineContaining(runs[0], 'already has a JaCoCo agent').contains("its exec file ${execFile} is reused")
assert !new File(basedir, 'target/tracer/jacoco.exec').exists(): 'tracer added its own agent next to the project\'s'
assert runs[1].contains('BUILD SUCCESS')
assert runs[1].contains('All coverage checks have been met.')

def csv = new File(basedir, 'target/site/jacoco/jacoco.csv').readLines('UTF-8')
assert csv[0] == 'GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,METHOD_MISSED,METHOD_COVERED'
// JaCoCo names classes for people: zoo.Zoo$Keeper is "Zoo.Keeper", an anonymous zoo.Zoo$1 is
// "Zoo.new Comparator() {...}". Anonymous classes are compared per enclosing class as sorted lists of counts.
def counts = { int iMissed, int iCovered, int bMissed, int bCovered, int lMissed, int lCovered ->
    [instructions: [iCovered, iMissed + iCovered], branches: [bCovered, bMissed + bCovered],
     lines: [lCovered, lMissed + lCovered]]
}
def jacoco = [:].withDefault { [] }
csv.drop(1).each { row ->
    def f = row.split(',', -1)
    def n = f[3..8].collect { it as int }
    String name = f[1] + '.' + f[2]
    String key = name.contains('.new ') ? name.substring(0, name.indexOf('.new ')) + '$anonymous' : name
    jacoco[key] << counts(*n)
}
def ours = [:].withDefault { [] }
doc.coverage.classes.each { c ->
    String name = c['class']
    String key = name ==~ /.*\$\d+/ ? name.replaceAll(/\$\d+$/, '') .replace('$', '.') + '$anonymous'
            : name.replace('$', '.')
    ours[key] << [instructions: [c.covered_instructions, c.total_instructions],
                  branches: [c.covered_branches, c.total_branches], lines: [c.covered_lines, c.total_lines]]
}
def sortCounts = { Map m -> m.collectEntries { k, v -> [k, v.sort(false) { it.toString() }] } }
assert sortCounts(ours).keySet() == sortCounts(jacoco).keySet()
sortCounts(jacoco).each { k, v ->
    assert sortCounts(ours)[k] == v: "${k}: tracer counts ${sortCounts(ours)[k]}, jacoco.csv ${v}"
}
// What the fixture is made of, so that the comparison covers it.
def names = doc.coverage.classes*.getAt('class') as Set
assert names.containsAll(['zoo.Point', 'zoo.Color', 'zoo.Color$1', 'zoo.Zoo', 'zoo.Zoo$1', 'zoo.Zoo$2',
                          'zoo.Zoo$Keeper', 'zoo.Zoo$Ticket']): "${names}"
assert doc.coverage.classes.every { it.total_lines > 0 }
// Totals are the sums over the classes, as JaCoCo's BUNDLE line counter.
assert doc.coverage.total_lines == jacoco.values().flatten().sum { it.lines[1] }
assert doc.coverage.covered_lines == jacoco.values().flatten().sum { it.lines[0] }
return true

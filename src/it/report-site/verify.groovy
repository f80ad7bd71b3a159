// tracer:report in mvn site: target/site/tracer.html shows the last run's document in the site's own style (the
// skin's page around Doxia's tables), links to the self-contained report copied beside it, and is listed among the
// project reports.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def runs = its.invocations(its.buildLog(basedir), 2)
assert its.lineContaining(runs[0], '[ERROR] Failed to execute goal').contains(
        'There are test failures: 1 failed, 0 invalid of 2 tests. Report: target/tracer/report.json')
assert runs[1].contains('BUILD SUCCESS')

def site = new File(basedir, 'target/site')
def page = new File(site, 'tracer.html')
assert page.isFile(): "mvn site wrote no ${page}"
def html = page.getText('UTF-8')
assert html.contains('maven-fluido'): 'not in the site skin'
assert html.contains('<h1>Tracer</h1>') || html.contains('Tracer</h1>')
assert html.contains('<b>Failed</b>: 2 tests, 1 passed, 1 failed, 0 invalid, 0 skipped')
assert html.contains('discountStartsAtOneHundred() (shop.CartTest)')
assert html.contains('expected: &lt;9000&gt; but was: &lt;10000&gt;')
assert html.contains('href="tracer-report.html"')
def copy = new File(site, 'tracer-report.html')
assert copy.isFile() && copy.text == new File(basedir, 'target/tracer/report.html').text
assert new File(site, 'project-reports.html').getText('UTF-8').contains('href="tracer.html"')

// The plugin runs on every Maven it supports: 3.6.3 (the floor in its descriptor), 3.9 and 4.0, besides the 3.8.7
// that runs every IT. The distributions are unpacked by the plugin's build (maven-dependency-plugin, into
// target/mavens). Each prints the same document, coverage included (durations aside) on a clean stdout under -q, and fails the build.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def expected = its.withoutDurations(its.report(basedir, 'target/tracer/maven-default.json'))
its.tests(expected, 2)
assert expected.summary.subMap(['total', 'passed', 'failed']) == [total: 2, passed: 1, failed: 1]: "${expected.summary}"
// Coverage (JaCoCo's agent on both passes, the analysis in Maven's JVM) is the same on every Maven.
assert expected.coverage?.classes*.getAt('class') == ['shop.Cart']: "${expected.coverage}"

def homes = new File(mavenDistributions).listFiles().findAll { new File(it, 'bin/mvn').isFile() }.sort { it.name }
assert homes*.name == ['apache-maven-3.6.3', 'apache-maven-3.9.14', 'apache-maven-4.0.0-rc-7']:
        "expected three Maven distributions in ${mavenDistributions}, found ${homes*.name}"
for (File home : homes) {
    def version = home.name - 'apache-maven-'
    def run = its.mvn(basedir, localRepositoryPath, "maven-${version}", ['tracer:test-json', '-Dtracer.all', '-Dtracer.verbose', '-Dtracer.pretty', '-Dtracer.cover',
            "-Dtracer.output=target/tracer/maven-${version}.json".toString()], [:], null, home)
    assert run.exit == 1: "Maven ${version}: ${run.command} exited ${run.exit}; stderr:\n${run.stderr.take(3000)}\nstdout:\n${run.stdout.take(3000)}"
    def doc = its.withoutDurations(its.report(basedir, "target/tracer/maven-${version}.json"))
    assert doc == expected: "Maven ${version} wrote another document:\n${doc}\nexpected\n${expected}"
    // stdout under -q: the document first, then only Maven's own [ERROR] lines.
    assert run.stdout.startsWith('{\n'): "Maven ${version}: stdout does not start with the document:\n${run.stdout.take(2000)}"
    def printed = its.firstJsonObject(run.stdout)
    assert its.withoutDurations(printed) == expected: "Maven ${version}: stdout does not start with the document:\n${run.stdout.take(2000)}"
    def after = run.stdout.substring(run.stdout.lastIndexOf('\n}') + 2).readLines().findAll { it && !it.startsWith('[ERROR]') }
    assert after.isEmpty(): "Maven ${version}: stdout has more than the document and [ERROR] lines:\n${after.take(10).join('\n')}"
    println "maven-versions: Maven ${version} ok"
}
return true

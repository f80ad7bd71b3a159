// Clean streams: with mvn -q, stdout holds the JSON document and nothing else, however much the tests print
// (to System.out and System.err, from static initializers, @BeforeAll/@AfterAll, other threads, JUL), and
// Surefire's own console summary stays off stdout too.
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))

def doc = its.report(basedir)
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 5, passed: 5, failed: 0, skipped: 0, invalid: 0, result: 'passed']: "summary is ${doc.summary}"
its.tests(doc, 5)
its.assertSameCountsAsSurefire(doc, new File(basedir, 'target/surefire-reports'))

// Run the goal again as a user would pipe it: mvn -q, stdout and stderr captured apart.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn' + (System.getProperty('os.name').startsWith('Windows') ? '.cmd' : ''))
assert mvn.isFile(): "no mvn at ${mvn}"
def settings = new File(basedir.parentFile, 'interpolated-settings.xml')
assert settings.isFile(): "no invoker settings at ${settings}"
def stdoutFile = new File(basedir, 'target/nested-stdout.txt')
def stderrFile = new File(basedir, 'target/nested-stderr.txt')
def command = [mvn.path, '-q', '-B', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString(),
               'tracer:test-json', '-Dtracer.output=target/tracer/nested.json']
def pb = new ProcessBuilder(command).directory(basedir)
        .redirectOutput(stdoutFile).redirectError(stderrFile)
pb.environment().remove('MAVEN_OPTS')
def process = pb.start()
assert process.waitFor(300, TimeUnit.SECONDS): "nested ${command} did not finish in 300 s"
assert process.exitValue() == 0: "nested mvn -q exited ${process.exitValue()} for a green suite; stderr:\n${stderrFile.text.take(4000)}"

String stdout = stdoutFile.getText('UTF-8')
// Maven 3.8.x with jansi 2.4 (Debian's mvn, among others) writes ANSI resets (ESC[0m) to stdout on its own, even
// with -q -B, once at start and once at exit (MAVEN_OPTS=-Djansi.noreset=true stops it). They are Maven's, not
// tracer's: strip exactly those and nothing else.
String json = stdout.replaceAll(/^(\u001B\[0m)+/, '').replaceAll(/(\u001B\[0m)+(\s*)$/, '$2')
assert json.startsWith('{'): "stdout must start with the document; it starts with:\n${json.take(300)}"
def parsed
try {
    parsed = new JsonSlurper().parseText(json)
} catch (Exception e) {
    assert false: "stdout is not exactly one JSON document (${e.message}); it starts with:\n${json.take(500)}\n...ends with:\n${json.takeRight(300)}"
}
its.checkPrintedDocument(parsed, 'stdout of mvn -q')
assert parsed.summary.total == 5 && parsed.summary.result == 'passed': "${parsed.summary}"
// Exactly one document: the first top-level object must end where stdout ends (JsonSlurper alone would not say).
int end = endOfFirstObject(json)
assert end > 0 && json.substring(end).trim().isEmpty(): "stdout has more after the document: ${json.substring(end).take(300)}"
['says line', 'complains on line', 'BUILD SUCCESS', 'Tests run:', '@BeforeAll prints this', 'static initializer',
 '@AfterAll prints this', 'a warning logged by a test', '"total": 999'].each { noise ->
    assert !json.contains(noise): "stdout has '${noise}': test output or Surefire's console reached stdout"
}
// The file written with -Dtracer.output is the full document; stdout the lean one of it.
its.printedDocument(json, its.report(basedir, 'target/tracer/nested.json'), 'stdout of mvn -q')
return true

/** Index just past the first top-level JSON object in s (strings and escapes respected), or -1. */
int endOfFirstObject(String s) {
    int depth = 0
    boolean inString = false, escaped = false
    for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i)
        if (inString) {
            if (escaped) escaped = false
            else if (c == (char) '\\') escaped = true
            else if (c == (char) '"') inString = false
        } else if (c == (char) '"') {
            inString = true
        } else if (c == (char) '{' || c == (char) '[') {
            depth++
        } else if (c == (char) '}' || c == (char) ']') {
            depth--
            if (depth == 0) return i + 1
        }
    }
    return -1
}

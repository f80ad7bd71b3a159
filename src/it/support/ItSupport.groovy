import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper
import dev.tracer.schema.Schemas

import java.util.concurrent.TimeUnit

/**
 * Checks shared by the verify scripts of tracer's ITs. A verify script loads it with
 * <pre>
 * def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
 * </pre>
 * ({@code itSupport} is a script variable set in the plugin's POM). Every method fails with an assert whose message
 * says what was expected and what was found; none passes on an empty input.
 */
class ItSupport {

    static final Set<String> STATES = ['passed', 'failed', 'skipped', 'invalid'] as Set

    // ---------------------------------------------------------------- the document

    /**
     * Parses the document at {@code path} (relative to basedir) and checks what every document must satisfy.
     *
     * @param view what the run asked for: {@code [summaryOnly: true]} (only version, summary and hint),
     *             {@code [filterOut: true]} (summary.filtered allowed), {@code [failOnFlaky: true]} (the result of
     *             a run whose only problems are flaky tests may be failed)
     */
    static Map report(File basedir, String path = 'target/tracer/report.json', Map view = [:]) {
        File file = new File(basedir, path)
        assert file.isFile(): "tracer wrote no document at ${file}"
        def doc = new JsonSlurper().parse(file, 'UTF-8')
        checkDocument(doc, file.toString(), view)
        // The scenario report the document points to (relative to the directory Maven ran in) matches its schema.
        if (doc.scenarios instanceof Map && new File(basedir, doc.scenarios.file as String).isFile()) {
            scenarioReport(basedir, doc.scenarios.file as String)
        }
        return doc as Map
    }

    /** The invariants of version 1 of the document, whatever the project; {@code view} as for {@link #report}. */
    static void checkDocument(doc, String where, Map view = [:]) {
        assert doc instanceof Map: "${where}: the document is not a JSON object: ${doc}"
        assert doc.version == 1: "${where}: version is ${doc.version}, expected 1"
        assertNoNulls(doc, '$', where)
        assertSchema(Schemas.TEST_DOCUMENT, JsonOutput.toJson(doc), where)
        if (view.summaryOnly) {
            def extra = doc.keySet() - ['version', 'summary', 'hint', 'retry', 'coverage', 'errors', 'timing']
            assert extra.isEmpty(): "${where}: a summary-only document has only version, summary, retry, coverage, hint and timing; it also has ${extra}"
            assert !doc.coverage?.containsKey('classes'): "${where}: a summary-only document lists no coverage classes"
        }
        if (doc.containsKey('coverage')) {
            checkCoverage(doc.coverage, where)
        }
        Map s = doc.summary
        assert s instanceof Map: "${where}: no summary"
        for (key in ['total', 'passed', 'failed', 'skipped', 'invalid', 'duration_ms']) {
            assert s[key] instanceof Number: "${where}: summary.${key} is ${s[key]}"
        }
        assert s.total == s.passed + s.failed + s.skipped + s.invalid:
                "${where}: summary.total ${s.total} != passed+failed+skipped+invalid in ${s}"
        boolean problems = s.failed > 0 || s.invalid > 0 || doc.class_failures || doc.errors || (view.failOnFlaky && s.flaky)
        assert s.result == (problems ? 'failed' : 'passed'): "${where}: summary.result is ${s.result} for ${s}"
        // Reruns (issue 4): summary.flaky and retry come together, whenever a rerun ran, and agree with flaky.
        if (doc.containsKey('retry')) {
            Map r = doc.retry
            assert r.ran == true && r.retried instanceof Integer && r.confirmed instanceof Integer && r.flaky instanceof Integer:
                    "${where}: retry is ${r}"
            assert s.flaky == r.flaky: "${where}: summary.flaky ${s.flaky} != retry.flaky ${r.flaky}"
            assert r.confirmed + r.flaky <= r.retried: "${where}: retry ${r} counts more than it retried"
            if (!view.summaryOnly) {
                checkRetry(doc, where)
            }
        } else {
            assert !s.containsKey('flaky') && !doc.containsKey('flaky'): "${where}: flaky without a rerun: ${s}"
        }
        if (view.filterOut) {
            assert !s.containsKey('filtered') || (s.filtered instanceof Integer && s.filtered > 0):
                    "${where}: summary.filtered is ${s.filtered} (a positive count, or absent when zero)"
        } else {
            assert !s.containsKey('filtered'): "${where}: summary.filtered without tracer.filterOut: ${s}"
        }
        if (view.summaryOnly) {
            return
        }
        assert doc.tests instanceof List: "${where}: tests is ${doc.tests}, expected a list"
        doc.tests.each { checkTest(it, where) }
        assertSorted(doc.tests, where)
        def ids = doc.tests*.id
        assert ids.size() == (ids as Set).size(): "${where}: a test appears more than once: ${ids.countBy { it }.findAll { it.value > 1 }}"
        if (doc.containsKey('class_failures')) {
            assert doc.class_failures instanceof List && !doc.class_failures.isEmpty():
                    "${where}: class_failures present but empty (optional keys are absent, not empty)"
            doc.class_failures.each { cf ->
                assert cf['class'] instanceof String: "${where}: class failure without class: ${cf}"
                assert cf.failures instanceof List && !cf.failures.isEmpty(): "${where}: class failure without failures: ${cf}"
                cf.failures.each { checkFailure(it, "${where}: class failure of ${cf['class']}") }
            }
        }
        if (doc.containsKey('warnings')) {
            assert doc.warnings instanceof List && !doc.warnings.isEmpty():
                    "${where}: warnings present but empty (optional keys are absent, not empty)"
        }
        int filtered = doc.tests.count { it.filtered } as int
        if (!view.filterOut) {
            assert filtered == 0: "${where}: tests marked filtered without tracer.filterOut"
        }
        if (doc.containsKey('error_groups')) {
            assert doc.error_groups instanceof List: "${where}: error_groups is ${doc.error_groups}"
            doc.error_groups.each { g ->
                assert g.pattern instanceof String && g.count instanceof Integer && g.count > 0 && g.example instanceof Map:
                        "${where}: error group ${g}"
            }
        }
    }

    /**
     * A document of a run with a rerun (tracer's, or Surefire's rerunFailingTestsCount): summary.flaky counts the
     * flaky array; each flaky test is a whole test as in the first run (failed or invalid there, with its first run's
     * failures), not also in tests; flaky tests count as passed, so they do not make the result failed.
     */
    /** The invariants of {@code coverage} (issue 5): counts agree with percentages and line lists, classes sorted. */
    static void checkCoverage(Map c, String where) {
        assert c.counter in ['LINE', 'BRANCH', 'INSTRUCTION', 'METHOD', 'CLASS']: "${where}: coverage.counter ${c.counter}"
        assert c.total_percentage == percentage(c.counter_covered, c.counter_total):
                "${where}: coverage.total_percentage ${c.total_percentage} for ${c.counter_covered}/${c.counter_total}"
        assert c.covered_lines <= c.total_lines: "${where}: coverage lines ${c}"
        assert c.containsKey('threshold') == c.containsKey('threshold_met'): "${where}: threshold without threshold_met"
        if (c.containsKey('threshold')) {
            assert c.threshold_met == (c.total_percentage >= c.threshold): "${where}: threshold_met ${c.threshold_met}"
        }
        if (c.classes == null) {
            return
        }
        def keys = c.classes.collect { [it['class'], it.module] }
        assert keys == keys.sort(false) { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] }: "${where}: coverage classes not sorted: ${keys}"
        c.classes.each { k ->
            assert k.uncovered_lines == k.uncovered_lines.sort(false) && k.partial_lines == k.partial_lines.sort(false):
                    "${where}: ${k['class']}: line lists not ascending"
            assert k.uncovered_lines.size() == k.total_lines - k.covered_lines:
                    "${where}: ${k['class']}: ${k.uncovered_lines.size()} uncovered lines for ${k.covered_lines}/${k.total_lines}"
            assert (k.uncovered_lines as Set).intersect(k.partial_lines as Set).isEmpty(): "${where}: ${k['class']}: a line both uncovered and partial"
            if (c.counter == 'LINE') {
                assert k.percentage == percentage(k.covered_lines, k.total_lines): "${where}: ${k['class']}: percentage ${k.percentage}"
            }
        }
    }

    /** As the document rounds: half-up to two decimals; 100 when there is nothing to cover. */
    static BigDecimal percentage(int covered, int total) {
        total == 0 ? 100.0 : (covered * 100.0 / total).setScale(2, java.math.RoundingMode.HALF_UP)
    }

    static void checkRetry(Map doc, String where) {
        Map s = doc.summary
        List flaky = doc.flaky == null ? [] : doc.flaky
        assert flaky instanceof List: "${where}: flaky is ${doc.flaky}, expected a list"
        assert s.flaky instanceof Integer && s.flaky == flaky.size():
                "${where}: summary.flaky is ${s.flaky}, the flaky array has ${flaky.size()} tests"
        assert s.passed >= s.flaky: "${where}: flaky tests count as passed, but summary.passed ${s.passed} < summary.flaky ${s.flaky}"
        flaky.each { Map t ->
            checkTest(t, "${where}: flaky")
            assert t.state in ['failed', 'invalid']: "${where}: flaky test ${t.id} has state ${t.state}, expected its first run's (failed or invalid)"
            if (t.state == 'failed') {
                assert t.failures: "${where}: flaky test ${t.id} without its first run's failures"
            }
        }
        def ids = flaky*.id
        assert ids.size() == (ids as Set).size(): "${where}: a flaky test appears more than once: ${ids}"
        if (doc.containsKey('tests')) {
            def both = (ids as Set).intersect((doc.tests ?: [])*.id as Set)
            assert both.isEmpty(): "${where}: flaky tests are removed from tests, but tests still has ${both}"
        }
        if (doc.containsKey('retry')) {
            Map r = doc.retry
            assert r instanceof Map && r.keySet() == ['ran', 'retried', 'confirmed', 'flaky'] as Set:
                    "${where}: retry is ${r}, expected {ran, retried, confirmed, flaky}"
            assert r.ran instanceof Boolean && r.retried instanceof Integer && r.confirmed instanceof Integer && r.flaky instanceof Integer:
                    "${where}: retry is ${r}"
        }
    }

    /**
     * What the tests of a retry IT executed (retry.Runs appends "RUN ID" to target/executions.txt): ID -> how many
     * times, for the invocation named {@code run} ("0" when the IT has one).
     */
    static Map<String, Integer> executions(File basedir, String run = '0') {
        def file = new File(basedir, 'target/executions.txt')
        assert file.isFile(): "no ${file}: no test body ran"
        def counts = new TreeMap<String, Integer>()
        file.readLines('UTF-8').findAll { it.startsWith(run + ' ') }.each { counts.merge(it.substring(run.length() + 1), 1, Integer::sum) }
        return counts
    }

    static void checkTest(Map t, String where) {
        String who = "${where}: test ${t.id}"
        for (key in ['id', 'name', 'class', 'module']) {
            assert t[key] instanceof String && !t[key].isEmpty(): "${who}: ${key} is ${t[key]}"
        }
        assert t.state in STATES: "${who}: state is ${t.state}"
        assert t.duration_ms instanceof Number && t.duration_ms >= 0: "${who}: duration_ms is ${t.duration_ms}"
        assert t.tags instanceof List: "${who}: tags is ${t.tags}"
        if (t.state == 'failed') {
            assert t.failures instanceof List && !t.failures.isEmpty(): "${who}: failed without failures"
            t.failures.each { checkFailure(it, who) }
        }
        if (t.state == 'passed' || t.state == 'skipped') {
            assert !t.containsKey('failures'): "${who}: a ${t.state} test carries failures: ${t.failures}"
        }
        if (t.state != 'skipped') {
            assert !t.containsKey('skip_reason'): "${who}: a ${t.state} test carries skip_reason ${t.skip_reason}"
        }
        if (t.state != 'failed') {
            assert !t.containsKey('output'): "${who}: output on a ${t.state} test (failed tests only)"
        }
        if (t.containsKey('filtered')) {
            assert t.filtered == true && t.state in ['failed', 'invalid']:
                    "${who}: filtered is ${t.filtered} on a ${t.state} test (true, on failed or invalid tests only)"
        }
    }

    static void checkFailure(Map f, String who) {
        assert f.kind in ['assertion', 'error']: "${who}: failure kind is ${f.kind}"
        assert f.type instanceof String && !f.type.isEmpty(): "${who}: failure type is ${f.type}"
        assert f.stacktrace instanceof List: "${who}: failure stacktrace is ${f.stacktrace}"
    }

    /** Optional keys are absent, never null. */
    static void assertNoNulls(node, String path, String where) {
        if (node instanceof Map) {
            node.each { k, v ->
                assert v != null: "${where}: ${path}.${k} is null (optional keys must be absent, not null)"
                assertNoNulls(v, "${path}.${k}", where)
            }
        } else if (node instanceof List) {
            node.eachWithIndex { v, i ->
                assert v != null: "${where}: ${path}[${i}] is null"
                assertNoNulls(v, "${path}[${i}]", where)
            }
        }
    }

    /** Tests are sorted by file, line, name (absent file or line last). */
    static void assertSorted(List tests, String where) {
        def key = { t -> [t.file ?: '\uffff', t.line ?: Integer.MAX_VALUE, t.name] }
        for (int i = 1; i < tests.size(); i++) {
            def a = key(tests[i - 1]), b = key(tests[i])
            int c = a[0] <=> b[0] ?: a[1] <=> b[1] ?: a[2] <=> b[2]
            assert c <= 0: "${where}: tests not sorted by file, line, name: ${a} comes before ${b}"
        }
    }

    /** The tests of the document, asserting there are exactly {@code expected} of them. */
    static List<Map> tests(Map doc, int expected) {
        assert doc.tests.size() == expected:
                "expected ${expected} tests in the document, found ${doc.tests.size()}: ${doc.tests.collect { it.id }}"
        return doc.tests
    }

    /** The one test with this class and method (and name, for parameterized invocations). */
    static Map test(Map doc, String className, String method, String name = null) {
        def found = doc.tests.findAll { it['class'] == className && it.method == method && (name == null || it.name == name) }
        assert found.size() == 1:
                "expected one test ${className}#${method}${name == null ? '' : " named '${name}'"}, found ${found.size()} among ${doc.tests.collect { it['class'] + '#' + it.method + ' ' + it.name }}"
        return found[0]
    }

    static Map classFailure(Map doc, String className) {
        def found = (doc.class_failures ?: []).findAll { it['class'] == className }
        assert found.size() == 1: "expected one class failure for ${className}, found ${doc.class_failures}"
        return found[0]
    }

    /** Counts of the document's tests per top-level class ({@code a.B$C} counts under {@code a.B}). */
    static Map<String, Map<String, Integer>> countsByTopLevelClass(List tests) {
        def counts = new TreeMap<String, Map<String, Integer>>()
        tests.each { t ->
            String top = t['class'].contains('$') ? t['class'].substring(0, t['class'].indexOf('$')) : t['class']
            def c = counts.computeIfAbsent(top) { [tests: 0, passed: 0, failed: 0, skipped: 0, invalid: 0] }
            c.tests++
            c[t.state]++
        }
        return counts
    }

    // ---------------------------------------------------------------- the scenario report

    /**
     * Parses the scenario report at {@code path} (relative to basedir), validates it against
     * scenario-report.schema.json and returns it.
     */
    static Map scenarioReport(File basedir, String path = 'target/tracer/scenarios.json') {
        File file = new File(basedir, path)
        assert file.isFile(): "tracer wrote no scenario report at ${file}"
        return scenarioReportText(file.getText('UTF-8'), file.toString())
    }

    /** Validates a scenario report's text (a file's, or what tracer:scenarios printed) and returns it parsed. */
    static Map scenarioReportText(String text, String where) {
        def report = new JsonSlurper().parseText(text)
        assert report instanceof Map: "${where}: the scenario report is not a JSON object: ${text.take(200)}"
        assertNoNulls(report, '$', where)
        assertSchema(Schemas.SCENARIO_REPORT, text, where)
        return report as Map
    }

    // ---------------------------------------------------------------- the source the document points into

    /** 1-based number of the one line of {@code file} (relative to basedir) whose trimmed text is {@code text}. */
    static int lineOf(File basedir, String file, String text) {
        def lines = new File(basedir, file).readLines('UTF-8')
        def hits = (0..<lines.size()).findAll { lines[it].trim() == text }
        assert hits.size() == 1: "expected one line '${text}' in ${file}, found ${hits.size()}"
        return hits[0] + 1
    }

    /** The line of the declaration of {@code method}: the line with its name and parameter list. */
    static int declarationLineOf(File basedir, String file, String method) {
        def lines = new File(basedir, file).readLines('UTF-8')
        def hits = (0..<lines.size()).findAll { lines[it] =~ /\b(void|[A-Z]\w*)\s+${method}\s*\(/ }
        assert hits.size() == 1: "expected one declaration of ${method}() in ${file}, found ${hits.size()}"
        return hits[0] + 1
    }

    /** Asserts the failure points at {@code text} in the test source: file, line and source. */
    static void assertFailingLine(Map failure, File basedir, String file, String text) {
        int line = lineOf(basedir, file, text)
        assert failure.file == file: "failure file is ${failure.file}, expected ${file}"
        assert failure.line == line: "failure line is ${failure.line}, expected ${line} ('${text}')"
        assert failure.source == text: "failure source is '${failure.source}', expected '${text}'"
    }

    /** Asserts the stack trace is trimmed (no reflection or launcher frames) and holds the given frame. */
    static void assertStackHas(Map failure, String className, String method, String file, Integer line) {
        List frames = failure.stacktrace
        assert !frames.isEmpty(): "empty stack trace in ${failure}"
        def noise = frames.findAll { fr ->
            ['java.lang.reflect.', 'jdk.internal.reflect.', 'sun.reflect.', 'org.junit.platform.',
             'org.apache.maven.surefire.', 'org.junit.runners.', 'org.junit.internal.runners.'].any { fr['class'].startsWith(it) }
        }
        assert noise.isEmpty(): "stack trace not trimmed, it still has ${noise}"
        def hit = frames.find { fr -> fr['class'] == className && fr.method == method && fr.file == file && fr.line == line }
        assert hit != null: "no frame ${className}.${method}(${file}:${line}) in ${frames}"
    }

    // ---------------------------------------------------------------- Surefire's own reports

    /**
     * Every testcase in Surefire's TEST-*.xml under {@code reportsDir}, per report (the testsuite name), counted from
     * the testcase elements: the testsuite's own tests/failures attributes are wrong for classes with @Nested
     * classes (Surefire 3.5.4 writes tests="0" on the outer class and counts its tests under the nested class's
     * display name).
     */
    static Map<String, Map<String, Integer>> surefireCounts(File reportsDir) {
        def files = reportsDir.listFiles({ File d, String n -> n ==~ /TEST-.*\.xml/ } as FilenameFilter)
        assert files: "no Surefire XML reports in ${reportsDir}"
        def counts = new TreeMap<String, Map<String, Integer>>()
        files.sort { it.name }.each { f ->
            def suite = new XmlSlurper().parse(f)
            def c = [tests: 0, failed: 0, skipped: 0]
            suite.testcase.each { tc ->
                c.tests++
                if (tc.failure.size() + tc.error.size() > 0) {
                    c.failed++
                } else if (tc.skipped.size() > 0) {
                    c.skipped++
                }
            }
            counts[suite.@name.text()] = c
        }
        return counts
    }

    /** Surefire's testcases as [classname, name, state] triples, for messages and exact comparisons. */
    static List<List<String>> surefireCases(File reportsDir) {
        def files = reportsDir.listFiles({ File d, String n -> n ==~ /TEST-.*\.xml/ } as FilenameFilter)
        assert files: "no Surefire XML reports in ${reportsDir}"
        def cases = []
        files.sort { it.name }.each { f ->
            new XmlSlurper().parse(f).testcase.each { tc ->
                String state = tc.failure.size() + tc.error.size() > 0 ? 'failed' : tc.skipped.size() > 0 ? 'skipped' : 'passed'
                cases << [tc.@classname.text(), tc.@name.text(), state]
            }
        }
        return cases.sort { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] }
    }

    /**
     * For suites where every test maps to one Surefire testcase (no class-level failures): the document's counts per
     * top-level class equal Surefire's, test for test.
     */
    static void assertSameCountsAsSurefire(Map doc, File reportsDir) {
        def ours = countsByTopLevelClass(doc.tests).collectEntries { k, v ->
            [k, [tests: v.tests, failed: v.failed + v.invalid, skipped: v.skipped]]
        }
        def theirs = surefireCounts(reportsDir)
        assert ours == theirs: "the document's counts per class differ from Surefire's XML reports:\n  tracer:   ${ours}\n  surefire: ${theirs}"
        int total = theirs.values().sum { it.tests } as int
        assert doc.summary.total == total: "summary.total ${doc.summary.total} != ${total} testcases in Surefire's XML"
    }

    // ---------------------------------------------------------------- build.log

    static String buildLog(File basedir) {
        File log = new File(basedir, 'build.log')
        assert log.isFile(): "no build.log in ${basedir}"
        return log.getText('UTF-8')
    }

    /**
     * The build.log of each invocation, in order (invoker appends all invocations of a project to one build.log;
     * each starts with Maven's "Scanning for projects...").
     */
    static List<String> invocations(String log, int expected) {
        def parts = log.split(/(?m)^(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('Scanning for projects...') }
        assert parts.size() == expected: "expected ${expected} invocations in build.log, found ${parts.size()}"
        return parts
    }

    /** Asserts that {@code log} has a line that is exactly {@code line}. */
    static void assertLine(String log, String line) {
        assert log.readLines().any { it == line }: "build.log has no line\n  ${line}\nLines like it:\n  ${similarLines(log, line).join('\n  ')}"
    }

    static void assertNoLine(String log, String line) {
        assert !log.readLines().any { it == line }: "build.log must not have the line\n  ${line}"
    }

    /** Asserts that {@code log} has a line containing {@code text}, and returns the first such line. */
    static String lineContaining(String log, String text) {
        def line = log.readLines().find { it.contains(text) }
        assert line != null: "build.log has no line containing\n  ${text}\nLines like it:\n  ${similarLines(log, text).join('\n  ')}"
        return line
    }

    /**
     * The report path named by the build failure "{@code message} Report: PATH" in {@code log}, with separators as /.
     */
    static String reportPathInFailure(String log, String message) {
        String line = lineContaining(log, message + ' Report: ')
        def m = line =~ /${java.util.regex.Pattern.quote(message)} Report: (.+?)(?: -> \[Help \d+\])?$/
        assert m.find(): "no report path after '${message} Report: ' in\n  ${line}"
        return m.group(1).trim().replace('\\', '/')
    }

    private static List<String> similarLines(String log, String text) {
        def words = text.split(/\W+/).findAll { it.length() > 4 }
        def lines = log.readLines().findAll { l -> words.any { l.contains(it) } }
        return lines.size() > 10 ? lines[0..9] : lines
    }

    /**
     * The document printed on stdout in its default, lean form (stdout-document.schema.json), checked against the
     * report file it abridges: the same summary and, unless the budget cut it, the same tests in the same order (by
     * class, name and state). A grouped test after the first of its cause names an entry of {@code causes}.
     */
    /**
     * A document printed on stdout on its own (tracer:agent-test's, whose report file is the run's cache entry):
     * the lean schema, and a summary that adds up to its result.
     */
    static void checkPrintedDocument(Map doc, String where, Map view = [:]) {
        if (view.verbose) {
            checkDocument(doc, where, view) // -Dtracer.verbose prints the full document
            return
        }
        assert doc.version == 1: "${where}: version is ${doc.version}"
        assertNoNulls(doc, '$', where)
        assertSchema(Schemas.STDOUT_DOCUMENT, JsonOutput.toJson(doc), where)
        Map s = doc.summary
        assert s.total == s.passed + s.failed + s.skipped + s.invalid:
                "${where}: summary.total ${s.total} != passed+failed+skipped+invalid in ${s}"
        boolean problems = s.failed > 0 || s.invalid > 0 || doc.class_failures || doc.errors || (view.failOnFlaky && s.flaky)
        assert s.result == (problems ? 'failed' : 'passed'): "${where}: summary.result is ${s.result} for ${s}"
        for (key in ['id', 'duration_ms']) {
            assert !doc.tests?.any { it.containsKey(key) }: "${where}: a lean test has no ${key} (the report file has it)"
        }
        assert !doc.containsKey('timing'): "${where}: the lean document has no timing (the report file has it): ${doc.timing}"
    }

    static Map printedDocument(String text, Map report, String where) {
        Map doc = firstJsonObject(text)
        assert doc.version == 1: "${where}: version is ${doc.version}"
        assertNoNulls(doc, '$', where)
        assertSchema(Schemas.STDOUT_DOCUMENT, JsonOutput.toJson(doc), where)
        assert doc.summary == report.summary: "${where}: the summary printed is ${doc.summary}, the report file's ${report.summary}"
        def who = { List tests -> tests?.collect { [it['class'], it.name, it.state] } }
        if (!doc.containsKey('truncated')) {
            assert who(doc.tests) == who(report.tests): "${where}: the tests printed are ${who(doc.tests)}, the report file's ${who(report.tests)}"
            assert who(doc.flaky) == who(report.flaky): "${where}: the flaky tests printed are ${who(doc.flaky)}, the report file's ${who(report.flaky)}"
        }
        def causes = (doc.causes ?: []).collect { it.cause } as Set
        doc.tests?.findAll { it.containsKey('cause') }?.each { t ->
            assert t.cause in causes: "${where}: ${t['class']}#${t.name} names cause ${t.cause}, not in causes ${causes}"
        }
        for (key in ['id', 'duration_ms']) {
            assert !doc.tests?.any { it.containsKey(key) }: "${where}: a lean test has no ${key} (the report file has it)"
        }
        assert !doc.containsKey('timing'): "${where}: the lean document has no timing (the report file has it): ${doc.timing}"
        return doc
    }

    /**
     * The first JSON object printed in {@code text}: from the first line that starts with "{" to the first line after
     * which the text so far parses (the document may be pretty-printed or on one line).
     */
    static Map firstJsonObject(String text) {
        def lines = text.readLines()
        int start = lines.findIndexOf { it.startsWith('{') }
        assert start >= 0: "no JSON document (a line starting with '{') in the output"
        for (int end = start; end < lines.size(); end++) {
            if (lines[end].startsWith('}') || end == start) {
                try {
                    return new JsonSlurper().parseText(lines[start..end].join('\n')) as Map
                } catch (groovy.json.JsonException ignored) {
                    // not complete yet
                }
            }
        }
        assert false: "the JSON document that starts on line ${start + 1} of the output does not parse"
    }

    /**
     * The legacy JUnit 4 suite (GreeterTest, SetupFailsTest, SetupAbortedTest, StaticInitFailsTest) that the JUnit 4
     * ITs run on different Surefire paths: every state must come out the same whichever path ran it. Only the ids differ.
     *
     * @param idOf (class, method) -> the id that path gives the test
     * @param abortedAsClass whether the path counts the class aborted in @BeforeClass as one skipped testcase (Surefire's
     *        JUnit 4 provider), which the document then lists in skipped_classes, counted, instead of its two tests
     * @return the document, for the path-specific checks that follow
     */
    static Map checkLegacyJUnit4Suite(File basedir, String MODULE, Closure<String> idOf, boolean abortedAsClass = false) {
        def GREETER = 'src/test/java/legacy/GreeterTest.java'

        Map doc = report(basedir)
        int listed = abortedAsClass ? 10 : 12
        assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
                [total: listed + (abortedAsClass ? 1 : 0), passed: 1, failed: 3, skipped: abortedAsClass ? 3 : 4,
                 invalid: 4, result: 'failed']: "summary is ${doc.summary}"
        tests(doc, listed)
        doc.tests.each { t ->
            assert t.module == MODULE: "module of ${t.id} is ${t.module}"
            assert t.id == idOf.call(t['class'], t.method): "id of ${t['class']}#${t.method} is ${t.id}"
            assert t.name == t.method: "name of ${t.id} is ${t.name}"
            def file = 'src/test/java/' + t['class'].replace('.', '/') + '.java'
            assert t.file == file: "file of ${t.id} is ${t.file}"
            assert t.line == declarationLineOf(basedir, file, t.method): "line of ${t.id} is ${t.line}"
            assert t.tags == []: "JUnit 4 tests without categories have no tags: ${t.tags}"
        }

        assert test(doc, 'legacy.GreeterTest', 'greetsByName').state == 'passed'

        // org.junit.ComparisonFailure exposes expected and actual
        def cap = test(doc, 'legacy.GreeterTest', 'capitalizesTheName')
        assert cap.state == 'failed'
        def f = cap.failures[0]
        assert f.kind == 'assertion' && f.type == 'org.junit.ComparisonFailure'
        assert f.message == 'expected:<Hello, [A]da!> but was:<Hello, [a]da!>'
        assert f.expected == 'Hello, Ada!' && f.actual == 'Hello, ada!': "expected/actual are ${f.expected}/${f.actual}"
        assertFailingLine(f, basedir, GREETER, 'assertEquals("Hello, Ada!", greeter.greet("ada"));')
        assertStackHas(f, 'legacy.GreeterTest', 'capitalizesTheName', 'GreeterTest.java', lineOf(basedir, GREETER, 'assertEquals("Hello, Ada!", greeter.greet("ada"));'))
        assert cap.output?.contains('greeting ada'): "output is ${cap.output}"

        // a plain AssertionError (JUnit 4 assertEquals(String, long, long)): expected/actual read from its message
        def counts = test(doc, 'legacy.GreeterTest', 'countsCharacters')
        f = counts.failures[0]
        assert f.kind == 'assertion' && f.type == 'java.lang.AssertionError' && f.message == 'length of Ada expected:<10> but was:<11>'
        assert f.expected == '10' && f.actual == '11': "expected/actual are ${f.expected}/${f.actual}"
        assertFailingLine(f, basedir, GREETER, 'assertEquals("length of Ada", 10, greeter.length("Ada"));')

        // an error from production code
        def npe = test(doc, 'legacy.GreeterTest', 'toleratesNoName')
        f = npe.failures[0]
        assert f.kind == 'error' && f.type == 'java.lang.NullPointerException'
        assert f.message == 'Cannot invoke "String.trim()" because "name" is null'
        assertFailingLine(f, basedir, GREETER, 'greeter.greet(null);')
        assert f.stacktrace[0]['class'] == 'legacy.Greeter' && f.stacktrace[0].method == 'greet': "${f.stacktrace[0]}"

        // @Ignore and a failed assumption carry their reason
        def french = test(doc, 'legacy.GreeterTest', 'greetsInFrench')
        assert french.state == 'skipped' && french.skip_reason == 'needs the greeting service': "${french}"
        def weekdays = test(doc, 'legacy.GreeterTest', 'greetsOnWeekdays')
        assert weekdays.state == 'skipped' && weekdays.skip_reason == 'runs on weekdays only': "${weekdays}"

        // @BeforeClass failed: both tests invalid, one class failure
        ['greetsInGerman', 'greetsInDutch'].each { assert test(doc, 'legacy.SetupFailsTest', it).state == 'invalid' }
        def setup = classFailure(doc, 'legacy.SetupFailsTest')
        assert setup.file == 'src/test/java/legacy/SetupFailsTest.java'
        f = setup.failures[0]
        assert f.kind == 'error' && f.type == 'java.lang.IllegalStateException' && f.message == 'no locale data'
        assertFailingLine(f, basedir, 'src/test/java/legacy/SetupFailsTest.java', 'throw new IllegalStateException("no locale data");')

        // @BeforeClass aborted by an assumption: both tests skipped with the reason, or, where Surefire counts the
        // class as one skipped testcase, the class skipped as a whole and counted once
        if (abortedAsClass) {
            assert doc.skipped_classes == [[class: 'legacy.SetupAbortedTest', module: MODULE,
                    file: 'src/test/java/legacy/SetupAbortedTest.java', reason: 'greeting service is offline',
                    tests: 2, counted: true]]: "${doc.skipped_classes}"
            assert !doc.tests.any { it['class'] == 'legacy.SetupAbortedTest' }: 'its tests are not listed'
        } else {
            ['greetsRemotely', 'greetsTwiceRemotely'].each { m ->
                def t = test(doc, 'legacy.SetupAbortedTest', m)
                assert t.state == 'skipped' && t.skip_reason == 'greeting service is offline': "${m}: ${t}"
            }
            assert doc.skipped_classes == null: "${doc.skipped_classes}"
        }
        assert !(doc.class_failures ?: []).any { it['class'] == 'legacy.SetupAbortedTest' }: 'an aborted class is not a failure'

        // a failing static initializer: both tests invalid (JUnit reports ExceptionInInitializerError, then NoClassDefFoundError)
        ['firstUse', 'secondUse'].each { assert test(doc, 'legacy.StaticInitFailsTest', it).state == 'invalid' }
        def init = classFailure(doc, 'legacy.StaticInitFailsTest')
        assert init.failures[0].type in ['java.lang.ExceptionInInitializerError', 'java.lang.IllegalStateException']: "${init.failures[0]}"
        assert doc.class_failures*.getAt('class') == ['legacy.SetupFailsTest', 'legacy.StaticInitFailsTest']: "${doc.class_failures}"

        def ours = countsByTopLevelClass(doc.tests)
        def expected = [
                'legacy.GreeterTest'        : [tests: 6, passed: 1, failed: 3, skipped: 2, invalid: 0],
                'legacy.SetupAbortedTest'   : [tests: 2, passed: 0, failed: 0, skipped: 2, invalid: 0],
                'legacy.SetupFailsTest'     : [tests: 2, passed: 0, failed: 0, skipped: 0, invalid: 2],
                'legacy.StaticInitFailsTest': [tests: 2, passed: 0, failed: 0, skipped: 0, invalid: 2]]
        if (abortedAsClass) {
            expected.remove('legacy.SetupAbortedTest')
        }
        assert ours == expected: "${ours}"
        return doc
    }

    // ---------------------------------------------------------------- views (the suite of the test-json-views-* ITs)

    /** The first non-blank line of {@code message}, trimmed; null when there is none (no message, or only blanks). */
    static String firstLine(String message) {
        return message?.readLines()?.collect { it.trim() }?.find { !it.isEmpty() }
    }

    static final List<String> TIMING_PHASES = ['before_tests', 'tests', 'rerun', 'coverage', 'scenarios',
                                               'scenarios_overlap', 'report']

    /**
     * The document's {@code timing}: every phase, each a non-negative whole number of milliseconds, and an overlap
     * of the extraction with the tests no longer than the extraction.
     */
    static Map timing(Map doc, String where = 'the document') {
        Map t = doc.timing
        assert t instanceof Map: "${where}: no timing in ${doc.keySet()}"
        assert t.keySet() == TIMING_PHASES as Set: "${where}: timing has ${t.keySet()}, expected ${TIMING_PHASES}"
        TIMING_PHASES.each { k ->
            assert (t[k] instanceof Integer || t[k] instanceof Long) && t[k] >= 0: "${where}: timing.${k} is ${t[k]}"
        }
        assert t.scenarios_overlap <= t.scenarios: "${where}: the extraction overlapped the tests longer than it ran: ${t}"
        return t
    }

    /**
     * A copy of a parsed JSON value without its wall-clock fields, at any depth: the {@code duration_ms} keys and the
     * document's {@code timing}.
     */
    static withoutDurations(node) {
        if (node instanceof Map) {
            return node.findAll { !(it.key in ['duration_ms', 'timing']) }.collectEntries { k, v -> [k, withoutDurations(v)] }
        }
        if (node instanceof List) {
            return node.collect { withoutDurations(it) }
        }
        return node
    }

    /**
     * The line tracer.compact prints for {@code test} (a test of the document of the same run):
     * {"f":"FILE:LINE","n":NAME,"s":STATE,"e":FIRST LINE OF THE FIRST FAILURE'S MESSAGE,"x":true}, e only when there
     * is such a line, x only for a filtered test, no spaces.
     */
    static String compactLine(Map test) {
        def line = new LinkedHashMap<String, Object>()
        line.f = "${test.file}:${test.line}".toString()
        line.n = test.name
        line.s = test.state
        String e = test.failures ? firstLine(test.failures[0].message) : null
        if (e != null) {
            line.e = e
        }
        if (test.filtered) {
            line.x = true
        }
        return JsonOutput.toJson(line)
    }

    /** The summary line of tracer.compact for the document of the same run: {"summary":{...}}, no spaces. */
    static String compactSummaryLine(Map doc) {
        return '{"summary":' + JsonOutput.toJson(doc.summary) + '}'
    }

    /**
     * The error_groups that tracer.groupByError must give for {@code tests} (every test of the run, in document
     * order, as in a -Dtracer.all document of the same run with the same filterOut): failed and invalid tests that
     * are not filtered, grouped by the first non-blank line of the first failure's message, trimmed and cut at 200
     * characters ("(unknown error)" without one); by count descending, then pattern; the example is the first test.
     */
    static List<Map> expectedGroups(List tests) {
        def groups = new LinkedHashMap<String, Map>()
        tests.findAll { it.state in ['failed', 'invalid'] && !it.filtered }.each { t ->
            String line = t.failures ? firstLine(t.failures[0].message) : null
            String pattern = line == null ? '(unknown error)' : line.take(200)
            def g = groups.computeIfAbsent(pattern) {
                [pattern: pattern, count: 0, example: [name: t.name, 'class': t['class'], file: t.file, line: t.line]]
            }
            g.count++
        }
        return groups.values().sort { a, b -> b.count <=> a.count ?: a.pattern <=> b.pattern }
    }

    /**
     * Runs {@code mvn -q -B -o} with {@code args} in basedir as a user would, with the invoker's settings and local
     * repository, stdout and stderr captured apart (into target/NAME-stdout.txt and target/NAME-stderr.txt).
     * MAVEN_OPTS is -Djansi.noreset=true: Debian's Maven 3.8 writes ANSI resets to stdout otherwise.
     *
     * @param onStdoutLine when given, called with each line of stdout as soon as it is read, while the build runs
     * @param mavenHome    the Maven installation to run; the one running the ITs when null
     * @return [exit: code, stdout: text, stderr: text, command: what ran]
     */
    static Map mvn(File basedir, localRepositoryPath, String name, List<String> args, Map<String, String> env = [:],
                   Closure onStdoutLine = null, File mavenHome = null) {
        def home = mavenHome ?: new File(System.getProperty('maven.home'))
        def mvn = new File(home, 'bin/mvn' + (System.getProperty('os.name').startsWith('Windows') ? '.cmd' : ''))
        assert mvn.isFile(): "no mvn at ${mvn}"
        def settings = new File(basedir.parentFile, 'interpolated-settings.xml')
        assert settings.isFile(): "no invoker settings at ${settings}"
        def out = new File(basedir, "target/${name}-stdout.txt")
        def err = new File(basedir, "target/${name}-stderr.txt")
        def command = [mvn.path, '-q', '-B', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString()] + args
        def pb = new ProcessBuilder(command).directory(basedir).redirectError(err)
        if (onStdoutLine == null) {
            pb.redirectOutput(out)
        }
        pb.environment().put('MAVEN_OPTS', '-Djansi.noreset=true')
        pb.environment().putAll(env)
        def process = pb.start()
        Thread reader = null
        if (onStdoutLine != null) {
            reader = Thread.start {
                out.withWriter('UTF-8') { w ->
                    process.inputStream.newReader('UTF-8').eachLine { line ->
                        w.write(line + '\n')
                        w.flush()
                        onStdoutLine.call(line)
                    }
                }
            }
        }
        assert process.waitFor(300, TimeUnit.SECONDS): "nested ${command} did not finish in 300 s"
        reader?.join(10_000)
        def shown = "${env ? env.collect { k, v -> "${k}=${v}" }.join(' ') + ' ' : ''}mvn ${args.join(' ')}".toString()
        return [exit: process.exitValue(), stdout: out.getText('UTF-8'), stderr: err.getText('UTF-8'), command: shown]
    }

    /**
     * The JSON lines at the start of the stdout of {@code mvn -q} (compact or streaming output), each parsed as an
     * object; asserts that what follows them is only Maven's own [ERROR] lines of a failed build (or nothing).
     *
     * @return [raw: the lines as printed, parsed: the objects]
     */
    static Map jsonLines(Map run) {
        def lines = run.stdout.readLines()
        int end = lines.findIndexOf { !it.startsWith('{') }
        if (end < 0) {
            end = lines.size()
        }
        def raw = lines.take(end)
        def rest = lines.drop(end).findAll { !it.isEmpty() && !it.startsWith('[ERROR]') }
        assert rest.isEmpty(): "${run.command}: stdout has more than JSON lines and Maven's [ERROR] lines:\n  ${rest.take(10).join('\n  ')}"
        def parsed = raw.withIndex().collect { String line, int i ->
            try {
                return new JsonSlurper().parseText(line) as Map
            } catch (Exception e) {
                assert false: "${run.command}: stdout line ${i + 1} is not one JSON object (${e.message}):\n  ${line.take(300)}"
            }
        }
        raw.eachWithIndex { String line, int i ->
            // Streaming events carry a type; compact lines never do.
            assertSchema(parsed[i].containsKey('type') ? Schemas.STREAM_EVENT : Schemas.COMPACT_LINE, line,
                    "${run.command}: stdout line ${i + 1}")
        }
        return [raw: raw, parsed: parsed]
    }

    /** Validates {@code json} against the plugin's schema {@code src/main/resources/dev/tracer/schema/<schema>.schema.json}. */
    static void assertSchema(String schema, String json, String where) {
        def errors = Schemas.errors(schema, json)
        assert errors.isEmpty(): "${where}: does not match ${schema}.schema.json:\n  ${errors.take(20).join('\n  ')}\n${json.take(2000)}"
    }

    /** How many lines of {@code text} are exactly {@code line}. */
    static int countLines(String text, String line) {
        return text.readLines().count { it == line } as int
    }

    /** Copies every file below {@code from} into {@code to}, keeping relative paths (shared fixture sources). */
    static void copyTree(File from, File to) {
        assert from.isDirectory(): "no fixture sources at ${from}"
        java.nio.file.Path source = from.toPath()
        java.nio.file.Files.walk(source).withCloseable { paths ->
            paths.filter { java.nio.file.Files.isRegularFile(it) }.forEach { file ->
                java.nio.file.Path target = to.toPath().resolve(source.relativize(file).toString())
                java.nio.file.Files.createDirectories(target.parent)
                java.nio.file.Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}

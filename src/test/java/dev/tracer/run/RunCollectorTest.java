package dev.tracer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.ModuleResult;
import dev.tracer.model.SurefireTotals;
import dev.tracer.model.TestState;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.View;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the collector makes of a run whose results are missing: never "no tests ran". */
class RunCollectorTest {

    @TempDir
    Path dir;

    private RunCollector.Execution execution(String problem, boolean verdict) {
        return new RunCollector.Execution("shop", dir.resolve("events"), dir.resolve("surefire-reports"),
                List.of(dir.resolve("src/test/java")), dir, problem, verdict, Instant.now().minusSeconds(5), 100);
    }

    private void events(String... lines) throws IOException {
        Files.createDirectories(dir.resolve("events"));
        Files.write(dir.resolve("events/events-1-a.jsonl"), List.of(lines));
    }

    /** A report as Surefire writes it; its testsuite attributes are left wrong, as Surefire's are with @Nested. */
    private void surefireReport(String name, int tests, int failures, int errors, int skipped) throws IOException {
        Files.createDirectories(dir.resolve("surefire-reports"));
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < tests; i++) {
            String inner = i < failures ? "<failure message=\"m\"/>" : i < failures + errors ? "<error message=\"e\"/>"
                    : i < failures + errors + skipped ? "<skipped/>" : "";
            cases.append("  <testcase name=\"t").append(i).append("\" classname=\"").append(name).append("\">")
                    .append(inner).append("<system-out><![CDATA[<testcase>]]></system-out></testcase>\n");
        }
        Files.writeString(dir.resolve("surefire-reports/TEST-" + name + ".xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + name + "\" tests=\"0\">\n"
                        + "  <properties><property name=\"a\" value=\"b\"/></properties>\n" + cases + "</testsuite>\n");
    }

    private static String passed(String method) {
        return "{\"type\":\"test_finished\",\"id\":\"[engine:junit-jupiter]/[class:shop.CartTest]/[method:" + method
                + "()]\",\"class\":\"shop.CartTest\",\"method\":\"" + method + "\",\"name\":\"" + method
                + "()\",\"status\":\"passed\",\"duration_ms\":1,\"tags\":[]}";
    }

    @Test
    void aForkErrorWithNoResultsIsAnErrorThatFailsTheDocument() throws IOException {
        ModuleResult result = RunCollector.collect(execution(
                "There was an error in the forked process; org/junit/runner/notification/RunListener", false),
                t -> true);
        assertEquals(List.of(), result.tests());
        assertEquals(1, result.errors().size(), "" + result.errors());
        assertTrue(result.errors().get(0).startsWith("Surefire's test run broke (There was an error in the forked"
                + " process; org/junit/runner/notification/RunListener) and no test reported a result"),
                result.errors().get(0));
        var document = DocumentBuilder.build(List.of(result), View.FAILURES_ONLY);
        assertEquals("failed", document.summary().result());
        assertEquals(result.errors(), document.errors());
        assertTrue(document.hint().contains("see errors"), document.hint());
    }

    @Test
    void aForkErrorAfterPassingTestsIsAnErrorAsMvnTestFails() throws IOException {
        events("{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}", passed("total"),
                "{\"type\":\"run_finished\"}");
        ModuleResult result = RunCollector.collect(execution("The forked VM terminated without properly saying"
                + " goodbye", false), t -> true);
        assertEquals(List.of(TestState.PASSED), result.tests().stream().map(t -> t.state()).toList());
        assertEquals(1, result.errors().size(), "" + result.errors());
        assertTrue(result.errors().get(0).contains("no test that reported a result failed"), result.errors().get(0));
    }

    @Test
    void surefiresVerdictOnTheUsersInputIsNoError() throws IOException {
        ModuleResult result = RunCollector.collect(execution("No tests matching pattern \"Nope\" were executed!",
                true), t -> true);
        assertEquals(List.of(), result.errors());
    }

    @Test
    void moreTestsInSurefiresReportsThanTheListenerReportedIsAnError() throws IOException {
        events("{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}", passed("total"),
                "{\"type\":\"run_finished\"}");
        surefireReport("shop.CartTest", 3, 0, 0, 0);
        ModuleResult result = RunCollector.collect(execution(null, false), t -> true);
        assertEquals(new SurefireTotals(3, 0, 0, 0), result.surefire());
        assertEquals(List.of("Surefire reported 3 tests in surefire-reports, Tracer's listener 1: results are"
                + " missing, so the run fails. Surefire's reports there list every test it ran; please report this"
                + " with the project's Surefire and test framework versions."), result.errors());
    }

    @Test
    void equalCountsGiveNoErrorAndNoSurefireTotalsInTheSummary() throws IOException {
        events("{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}", passed("total"), passed("tax"),
                "{\"type\":\"run_finished\"}");
        surefireReport("shop.CartTest", 2, 0, 0, 0);
        ModuleResult result = RunCollector.collect(execution(null, false), t -> true);
        assertEquals(List.of(), result.errors());
        var summary = DocumentBuilder.build(List.of(result), View.FAILURES_ONLY).summary();
        assertEquals("passed", summary.result());
        assertEquals(null, summary.surefire(), "shown only when Surefire's totals differ");
    }

    @Test
    void aClassWhoseSetupFailedShowsSurefiresOwnTotalsBesideTheInvalidTests() throws IOException {
        String cls = "[engine:junit-jupiter]/[class:shop.DbTest]";
        events("{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}",
                "{\"type\":\"container_failed\",\"id\":\"" + cls + "\",\"class\":\"shop.DbTest\",\"status\":\"failed\","
                        + "\"failure\":{\"type\":\"java.lang.IllegalStateException\",\"message\":\"no db\","
                        + "\"assertion\":false,\"stack\":[]},\"tests\":["
                        + "{\"id\":\"" + cls + "/[method:a()]\",\"class\":\"shop.DbTest\",\"method\":\"a\",\"name\":\"a()\",\"tags\":[]},"
                        + "{\"id\":\"" + cls + "/[method:b()]\",\"class\":\"shop.DbTest\",\"method\":\"b\",\"name\":\"b()\",\"tags\":[]}]}",
                "{\"type\":\"run_finished\"}");
        surefireReport("shop.DbTest", 1, 0, 1, 0);
        ModuleResult result = RunCollector.collect(execution(null, false), t -> true);
        assertEquals(List.of(), result.errors());
        var summary = DocumentBuilder.build(List.of(result), View.FAILURES_ONLY).summary();
        assertEquals(2, summary.invalid());
        assertEquals(new SurefireTotals(1, 0, 1, 0), summary.surefire());
    }

    private void abortedClassEvents() throws IOException {
        String cls = "[engine:junit-jupiter]/[class:shop.DockerTest]";
        events("{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}", passed("total"),
                "{\"type\":\"container_failed\",\"id\":\"" + cls + "\",\"class\":\"shop.DockerTest\",\"status\":\"aborted\","
                        + "\"reason\":\"Assumption failed: no docker\",\"tests\":["
                        + "{\"id\":\"" + cls + "/[method:a()]\",\"class\":\"shop.DockerTest\",\"method\":\"a\",\"name\":\"a()\",\"tags\":[]},"
                        + "{\"id\":\"" + cls + "/[method:b()]\",\"class\":\"shop.DockerTest\",\"method\":\"b\",\"name\":\"b()\",\"tags\":[]}]}",
                "{\"type\":\"run_finished\"}");
    }

    @Test
    void aClassAbortedAsAWholeThatSurefireDoesNotListIsASkippedClassAndNoTest() throws IOException {
        abortedClassEvents();
        surefireReport("shop.CartTest", 1, 0, 0, 0); // Surefire 3.5 on Jupiter: no testcase of the aborted class
        ModuleResult result = RunCollector.collect(execution(null, false), t -> true);
        assertEquals(List.of("shop.CartTest"), result.tests().stream().map(t -> t.className()).toList());
        assertEquals(1, result.skippedClasses().size());
        assertEquals("Assumption failed: no docker", result.skippedClasses().get(0).reason());
        assertEquals(2, result.skippedClasses().get(0).tests());
        assertEquals(null, DocumentBuilder.build(List.of(result), View.FAILURES_ONLY).summary().surefire());
    }

    @Test
    void aClassAbortedAsAWholeThatSurefireListsKeepsItsTestsSkipped() throws IOException {
        abortedClassEvents();
        surefireReport("shop.CartTest", 1, 0, 0, 0);
        surefireReport("shop.DockerTest", 2, 0, 0, 2); // Surefire 3.6 on Vintage: each test a skipped testcase
        ModuleResult result = RunCollector.collect(execution(null, false), t -> true);
        assertEquals(List.of(TestState.PASSED, TestState.SKIPPED, TestState.SKIPPED),
                result.tests().stream().map(t -> t.state()).sorted().toList());
        assertEquals(List.of(), result.skippedClasses());
    }
}

package dev.tracer.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.Failure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.ReportJson;
import dev.tracer.report.View;
import dev.tracer.scenario.Adapters;
import dev.tracer.scenario.RuntimeJoin;
import dev.tracer.scenario.Scenario;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.report.LineCounts;
import dev.tracer.scenario.report.ScenarioJson;
import dev.tracer.scenario.report.ScenarioReport;
import dev.tracer.scenario.report.ScenarioReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped schemas accept every member the plugin writes, and reject what it never writes. */
class SchemasTest {

    @TempDir
    Path dir;

    private static Failure failure(String message) {
        return new Failure(Failure.ASSERTION, "org.opentest4j.AssertionFailedError", message, "5", "4",
                "src/test/java/shop/CartTest.java", 15, "assertEquals(5, cart.total());",
                List.of(new StackFrame("shop.CartTest", "total", "CartTest.java", 15),
                        new StackFrame("shop.Cart", "sum", null, null)));
    }

    private static TestCase test(String name, TestState state, int line) {
        List<Failure> failures = state.isProblem() ? List.of(failure(name + " failed\nsecond line")) : null;
        return new TestCase("[engine:junit-jupiter]/[class:shop.CartTest]/[method:" + name + "()]", name + "()",
                "shop.CartTest", name, "shop", "src/test/java/shop/CartTest.java", line, state, 7, List.of("fast"),
                failures, state == TestState.SKIPPED ? "disabled" : null, state.isProblem() ? "out\n" : null);
    }

    /** A run with every optional part: failures, a skip, a flaky test, a rerun, a class failure, warnings. */
    private static List<ModuleResult> richRun() {
        TestCase confirmed = test("confirmed", TestState.FAILED, 20).withRerun(test("confirmed", TestState.FAILED, 20));
        TestCase flaky = test("flaky", TestState.FAILED, 30).withRerun(test("flaky", TestState.PASSED, 30));
        List<TestCase> tests = List.of(test("passes", TestState.PASSED, 10), confirmed,
                test("skipped", TestState.SKIPPED, 40), test("invalid", TestState.INVALID, 50));
        return List.of(new ModuleResult("shop", tests,
                List.of(new ClassFailure("shop.CartTest", "shop", "src/test/java/shop/CartTest.java",
                        List.of(failure("@AfterAll failed")))),
                List.of("results come from Surefire's XML reports"), 120, List.of(flaky),
                new RetrySummary(true, 2, 1, 1)));
    }

    @Test
    void everyViewOfARichRunMatchesTheDocumentSchema() {
        View filtered = new View(true, false, false, List.of("confirmed failed"), true);
        for (View view : List.of(View.ALL, View.FAILURES_ONLY, filtered,
                new View(false, true, false, List.of(), false), new View(false, false, true, List.of(), false))) {
            TestDocument document = DocumentBuilder.build(richRun(), view);
            assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, ReportJson.write(document)), view.toString());
        }
    }

    @Test
    void theTimingMatchesTheDocumentSchemaAndANegativeOrMissingPhaseDoesNot() {
        TestDocument document = DocumentBuilder.build(richRun(), View.FAILURES_ONLY)
                .withTiming(new dev.tracer.model.Timing(310, 2140, 1630, 80, 920, 900, 35));
        String json = ReportJson.write(document);
        assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, json));
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, json.replace("\"rerun\" : 1630", "\"rerun\" : -1")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, json.replace("\"report\" : 35", "\"reports\" : 35")).isEmpty());
    }

    @Test
    void stepsOnAFailedTestAndTheScenarioSummaryMatchTheDocumentSchema() {
        dev.tracer.model.Step step = new dev.tracer.model.Step("step-1", "call", "assertion", "assertEquals total",
                "shop.Cart", "shop.Cart", List.of("shop.Cart"), List.of(), "total", "cart", "failed",
                "shop.Cart#total", "assertEquals(5, cart.total());", null, 15, "confirmed",
                new dev.tracer.model.AssertionContext("assertEquals", "cart.total()", "5"));
        TestCase failed = test("confirmed", TestState.FAILED, 20).withSteps(List.of(step));
        TestDocument document = DocumentBuilder.build(List.of(new ModuleResult("shop", List.of(failed), null, null, 1)),
                View.FAILURES_ONLY).withScenarios(new TestDocument.Scenarios("target/tracer/scenarios.json", 3, 66.67,
                List.of("shop.Audit")));
        String json = ReportJson.write(document);
        assertTrue(json.contains("\"assertion_context\""), json);
        assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, json));
    }

    @Test
    void anEmptyRunWithAHintMatchesTheDocumentSchema() {
        TestDocument document = DocumentBuilder.build(List.of(new ModuleResult("shop", List.of(), null, null, 0)),
                View.FAILURES_ONLY);
        assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, ReportJson.write(document)));
    }

    @Test
    void compactLinesAndStreamingEventsMatchTheirSchemas() {
        TestDocument document = DocumentBuilder.build(richRun(),
                new View(true, false, false, List.of("confirmed failed"), false));
        for (String line : ReportJson.compact(document).split("\n")) {
            assertEquals(List.of(), Schemas.errors(Schemas.COMPACT_LINE, line), line);
        }
        List<String> events = new java.util.ArrayList<>(List.of(ReportJson.suiteStart(), ReportJson.suiteEnd(document)));
        document.tests().forEach(t -> events.add(ReportJson.testEvent(t)));
        for (String event : events) {
            assertEquals(List.of(), Schemas.errors(Schemas.STREAM_EVENT, event), event);
        }
    }

    @Test
    void theSchemasRejectMembersThePluginNeverWrites() {
        String document = ReportJson.write(DocumentBuilder.build(richRun(), View.ALL));
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, document.replace("\"version\" : 1", "\"version\" : 2")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, document.replace("\"state\" : \"skipped\"", "\"state\" : \"ignored\"")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, document.replace("\"tags\" :", "\"labels\" :")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT,
                document.replace("\"version\" : 1,", "\"version\" : 1, \"hint\" : null,")).isEmpty(), "a null member");
        assertFalse(Schemas.errors(Schemas.COMPACT_LINE, "{\"f\":\"a:1\",\"n\":\"x\",\"s\":\"passed\",\"y\":1}").isEmpty());
        assertFalse(Schemas.errors(Schemas.STREAM_EVENT, "{\"type\":\"test:pass\",\"name\":\"x\"}").isEmpty());
        assertFalse(Schemas.errors(Schemas.STREAM_EVENT, "{\"type\":\"suite:start\",\"x\":1}").isEmpty());
        assertTrue(Schemas.errors(Schemas.STREAM_EVENT, "{\"type\":\"suite:start\"}").isEmpty());
    }

    @Test
    void coverageMatchesTheDocumentAndCompactLineSchemas() {
        var cart = new dev.tracer.model.ClassCoverage("shop.Cart$Line", "shop", "src/main/java/shop/Cart.java", 75.0,
                3, 4, List.of(9), List.of(7), 1, 2, 20, 30);
        var coverage = new dev.tracer.model.Coverage(dev.tracer.model.CoverageCounter.LINE, 75.0, 3, 4, 4, 3,
                List.of(cart), 80.0, false);
        TestDocument document = DocumentBuilder.build(List.of(), View.ALL).withCoverage(coverage, List.of("w"));
        assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, ReportJson.write(document)));
        for (String line : ReportJson.compact(document).split("\n")) {
            assertEquals(List.of(), Schemas.errors(Schemas.COMPACT_LINE, line), line);
        }
        String json = ReportJson.write(document);
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, json.replace("\"partial_lines\"", "\"partly\"")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, json.replace("\"threshold\" : 80.0,", "")).isEmpty(),
                "threshold_met without threshold");
    }
    // ---------------------------------------------------------------- the scenario report

    private static final Map<String, String> MAIN = Map.of(
            "shop/owner/Owner.java", """
                    package shop.owner;
                    import jakarta.persistence.Entity;
                    @Entity
                    public class Owner {
                        private final String name;
                        public Owner(String name) { this.name = name; }
                        public String getName() { return name; }
                    }
                    """,
            "shop/owner/OwnerRepository.java", """
                    package shop.owner;
                    import org.springframework.data.repository.CrudRepository;
                    public interface OwnerRepository extends CrudRepository<Owner, Integer> {
                    }
                    """,
            "shop/owner/OwnerService.java", """
                    package shop.owner;
                    import org.springframework.stereotype.Service;
                    @Service
                    public class OwnerService {
                        private final OwnerRepository repository;
                        public OwnerService(OwnerRepository repository) { this.repository = repository; }
                        public long count() { return repository.count(); }
                    }
                    """,
            "shop/owner/OwnerController.java", """
                    package shop.owner;
                    import org.springframework.web.bind.annotation.*;
                    @RestController
                    @RequestMapping("/owners")
                    public class OwnerController {
                        private final OwnerService service;
                        public OwnerController(OwnerService service) { this.service = service; }
                        @GetMapping("/count")
                        public long count() { return service.count(); }
                    }
                    """,
            "shop/billing/Currency.java", """
                    package shop.billing;
                    public enum Currency { EUR, USD }
                    """);

    private static final Map<String, String> TESTS = Map.of(
            "shop/owner/OwnerServiceTest.java", """
                    package shop.owner;
                    import static org.junit.jupiter.api.Assertions.assertEquals;
                    import static org.mockito.Mockito.*;
                    import org.junit.jupiter.api.*;
                    import org.junit.jupiter.params.ParameterizedTest;
                    import org.junit.jupiter.params.provider.ValueSource;
                    import org.mockito.InjectMocks;
                    import org.mockito.Mock;
                    @Tag("service")
                    class OwnerServiceTest {
                        @Mock OwnerRepository repository;
                        @InjectMocks OwnerService service;

                        @Test
                        void countsOwners() {
                            when(repository.count()).thenReturn(2L);
                            long count = service.count();
                            assertEquals(2, count);
                            verify(repository).count();
                        }

                        @ParameterizedTest
                        @ValueSource(strings = {"Ann", "Bea"})
                        void namesAnOwner(String name) {
                            assertEquals(name, new Owner(name).getName());
                        }

                        @Nested
                        @DisplayName("when empty")
                        class WhenEmpty {
                            @Test @DisplayName("counts none") void countsNone() { assertEquals(0, service.count()); }
                            @Disabled @Test void skipped() { service.count(); }
                        }
                    }
                    """,
            "shop/owner/OwnerControllerTest.java", """
                    package shop.owner;
                    import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
                    import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
                    import org.junit.jupiter.api.Test;
                    import org.springframework.test.web.servlet.MockMvc;
                    class OwnerControllerTest {
                        MockMvc mockMvc;
                        @Test
                        void countsOverHttp() throws Exception {
                            mockMvc.perform(get("/owners/count")).andExpect(status().isOk());
                        }
                        @Test
                        void neverRuns() { new OwnerController(null).count(); }
                    }
                    """);

    private ScenarioExtractor.Extraction extract() throws IOException {
        for (var e : MAIN.entrySet()) {
            write(dir.resolve("src/main/java").resolve(e.getKey()), e.getValue());
        }
        for (var e : TESTS.entrySet()) {
            write(dir.resolve("src/test/java").resolve(e.getKey()), e.getValue());
        }
        write(dir.resolve("src/test/java/shop/Broken.java"), "package shop; class Broken { void x( }");
        return ScenarioExtractor.extract(new ScenarioExtractor.Input("shop", List.of(dir.resolve("src/test/java")),
                List.of(dir.resolve("src/main/java")), dir, null, Adapters.builtIn(), 1));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static TestCase run(String className, String method, String name, TestState state, long ms,
            Failure failure) {
        return new TestCase("[engine:junit-jupiter]/[class:" + className + "]/[method:" + name + "]", name,
                className, method, "shop", "src/test/java/shop/owner/OwnerServiceTest.java", 15, state, ms, List.of(),
                failure == null ? null : List.of(failure), state == TestState.SKIPPED ? "disabled" : null, null);
    }

    /** The extraction joined with a run: a failed test, a flaky one, parameterized invocations, a skip, and a
     *  scenario whose test did not run (static). */
    private static List<Scenario> joined(ScenarioExtractor.Extraction extraction) {
        String file = "src/test/java/shop/owner/OwnerServiceTest.java";
        Failure failure = new Failure(Failure.ASSERTION, "org.opentest4j.AssertionFailedError",
                "expected: <2> but was: <3>", "2", "3", file, 18, "assertEquals(2, count);",
                List.of(new StackFrame("shop.owner.OwnerServiceTest", "countsOwners", "OwnerServiceTest.java", 18)));
        List<TestCase> tests = List.of(
                run("shop.owner.OwnerServiceTest", "countsOwners", "countsOwners()", TestState.FAILED, 12, failure),
                run("shop.owner.OwnerServiceTest", "namesAnOwner", "[1] Ann", TestState.PASSED, 3, null),
                run("shop.owner.OwnerServiceTest", "namesAnOwner", "[2] Bea", TestState.PASSED, 4, null),
                run("shop.owner.OwnerServiceTest$WhenEmpty", "skipped", "skipped()", TestState.SKIPPED, 0, null),
                run("shop.owner.OwnerServiceTest$WhenEmpty", "countsNone", "counts none", TestState.INVALID, 1, null));
        List<TestCase> flaky = List.of(run("shop.owner.OwnerControllerTest", "countsOverHttp", "countsOverHttp()",
                TestState.PASSED, 30, null));
        return RuntimeJoin.join(extraction.scenarios(), tests, flaky);
    }

    @Test
    void aStaticScenarioReportMatchesItsSchema() throws IOException {
        ScenarioExtractor.Extraction extraction = extract();
        ScenarioReport report = ScenarioReports.build(List.of(extraction), extraction.scenarios(), null, 5);
        String json = ScenarioJson.write(report);
        assertEquals(6, report.scenarios().size(), json);
        assertFalse(report.warnings().isEmpty(), "the broken file gives a warning");
        assertTrue(json.contains("\"routes\"") && json.contains("\"assertion_context\"")
                && json.contains("\"http_request\"") && !json.contains("\"line_coverage\""), json);
        assertEquals(List.of(), Schemas.errors(Schemas.SCENARIO_REPORT, json));
    }

    @Test
    void aReportJoinedWithARunAndLineCoverageMatchesItsSchema() throws IOException {
        ScenarioExtractor.Extraction extraction = extract();
        List<Scenario> joined = joined(extraction);
        Map<String, LineCounts> lines = Map.of("shop/owner/OwnerService", new LineCounts(3, 4),
                "shop/owner/OwnerService$1", new LineCounts(0, 1), "shop/owner/Owner", new LineCounts(2, 2));
        for (Map<String, LineCounts> coverage : java.util.Arrays.asList(lines, null)) {
            String json = ScenarioJson.write(ScenarioReports.build(List.of(extraction), joined, coverage, 9));
            for (String expected : List.of("\"runtime\"", "\"static\"", "\"flaky\"", "\"failed\"",
                    "\"not_executed\"", "\"skipped\"", "\"invalid\"", "[2] Bea")) {
                assertTrue(json.contains(expected), expected + " in " + json);
            }
            assertEquals(coverage != null, json.contains("\"line_coverage\""), json);
            assertEquals(List.of(), Schemas.errors(Schemas.SCENARIO_REPORT, json));
        }
    }

    @Test
    void anEmptyScenarioReportMatchesItsSchema() throws IOException {
        Files.createDirectories(dir.resolve("src/test/java"));
        ScenarioExtractor.Extraction extraction = ScenarioExtractor.extract(new ScenarioExtractor.Input("shop",
                List.of(dir.resolve("src/test/java")), List.of(dir.resolve("src/main/java")), dir, null,
                Adapters.builtIn(), 1));
        String json = ScenarioJson.write(ScenarioReports.build(List.of(extraction), List.of(), Map.of(), 0));
        assertEquals(List.of(), Schemas.errors(Schemas.SCENARIO_REPORT, json));
    }

    @Test
    void theScenarioReportSchemaRejectsMembersThePluginNeverWrites() throws IOException {
        ScenarioExtractor.Extraction extraction = extract();
        String json = ScenarioJson.write(ScenarioReports.build(List.of(extraction), joined(extraction),
                Map.of("shop/owner/Owner", new LineCounts(2, 2)), 9));
        assertEquals(List.of(), Schemas.errors(Schemas.SCENARIO_REPORT, json));
        Map<String, String> broken = new java.util.LinkedHashMap<>();
        broken.put("an unknown top-level member", before(json, "\"scenarios\" : \\[ \\{", "\"extra\" : 1"));
        broken.put("an unknown scenario member", before(json, "\"evidence_mode\" :", "\"mode\" : 1"));
        broken.put("an unknown step member", before(json, "\"label\" :", "\"title\" : \"x\""));
        broken.put("an unknown node member", before(json, "\"scenarios\" : \\[ \"shop", "\"reached\" : 1"));
        broken.put("an unknown line coverage member", before(json, "\"covered_lines\"", "\"partial_lines\" : 0"));
        broken.put("a null member", before(json, "\"warnings\" :", "\"hint\" : null"));
        broken.put("a version 2", json.replaceFirst("\"version\" : 1", "\"version\" : 2"));
        broken.put("an unknown evidence mode", json.replaceFirst("\"runtime\"", "\"joined\""));
        broken.put("an unknown outcome", json.replaceFirst("\"flaky\"", "\"retried\""));
        broken.put("an unknown node type", json.replaceFirst("\"type\" : \"service\"", "\"type\" : \"bean\""));
        broken.put("no duration", json.replaceFirst(",\\s*\"duration_ms\" : \\d+\\s*}\\s*$", "\n}\n"));
        broken.put("static with a test run", json.replaceFirst("\"runtime\"", "\"static\""));
        for (var e : broken.entrySet()) {
            assertFalse(e.getValue().equals(json), e.getKey() + ": the replacement did not apply");
            assertFalse(Schemas.errors(Schemas.SCENARIO_REPORT, e.getValue()).isEmpty(), e.getKey());
        }
    }

    /** {@code json} with {@code member} inserted before the first match of {@code regex}. */
    private static String before(String json, String regex, String member) {
        return json.replaceFirst("(" + regex + ")", java.util.regex.Matcher.quoteReplacement(member + ", ") + "$1");
    }
}

package dev.tracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tracer.config.ConfigurationException;
import dev.tracer.events.StackTrimmer;
import dev.tracer.io.JsonFormat;
import dev.tracer.model.Failure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.StackFrame;
import dev.tracer.model.Step;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import dev.tracer.model.Timing;
import dev.tracer.schema.Schemas;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StdoutDocumentTest {
    private static final String FILE = "src/test/java/shop/CartTest.java";
    private static final String REPORT = "target/tracer/report.json";

    /** A real exception from the JDK, thrown by production code the test calls, with its real frames. */
    private static Failure thrownBy(int index, int line) {
        try {
            List.of(1, 2).get(index);
            throw new AssertionError("no exception");
        } catch (IndexOutOfBoundsException e) {
            List<StackFrame> frames = new ArrayList<>();
            frames.add(new StackFrame("shop.Cart", "item", "Cart.java", 42));
            for (StackTraceElement element : e.getStackTrace()) {
                frames.add(new StackFrame(element.getClassName(), element.getMethodName(), element.getFileName(),
                        element.getLineNumber()));
            }
            frames.add(new StackFrame("shop.CartTest", "t" + index, "CartTest.java", line));
            return new Failure(Failure.ERROR, e.getClass().getName(), e.getMessage(), null, null, FILE, line,
                    "cart.item(" + index + ");", StackTrimmer.trim(frames, "shop.CartTest"));
        }
    }

    private static TestCase failed(String method, int line, Failure failure) {
        List<Step> steps = new ArrayList<>(List.of(
                Step.of("construct", "new Cart").withSource("new Cart()", line - 2).withStatus(Step.PASSED),
                Step.of("action", "add Cart").withSource("cart.add(\"apple\")", line - 1).withStatus(Step.PASSED)
                        .withNode("shop.Cart").withAction("add"),
                Step.of("action", "item Cart").withSource(failure.source(), line).withStatus(Step.FAILED),
                Step.of("assertion", "assertEquals").withSource("assertEquals(1, cart.size())", line + 1)
                        .withStatus(Step.NOT_EXECUTED)));
        for (int i = 0; i < steps.size(); i++) {
            steps.set(i, steps.get(i).withId("step-" + (i + 1)).withType(Step.TYPE_CALL).withTestName(method));
        }
        return new TestCase("[engine:junit-jupiter]/[class:shop.CartTest]/[method:" + method + "()]", method + "()",
                "shop.CartTest", method, "shop", FILE, line - 3, TestState.FAILED, 12, List.of(), List.of(failure),
                null, "adding apple\n".repeat(100), null, null, null, steps);
    }

    private static TestDocument document(List<TestCase> tests) {
        return DocumentBuilder.build(List.of(new ModuleResult("shop", tests, List.of(), List.of(), 30, List.of(),
                new RetrySummary(true, tests.size(), tests.size(), 0))), View.FAILURES_ONLY);
    }

    private static List<TestCase> confirmed(List<TestCase> tests) {
        return tests.stream().map(t -> t.withRerun(t)).toList();
    }

    private static JsonNode parse(String text) throws Exception {
        return JsonFormat.MAPPER.readTree(text);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aConfirmedRerunThatFailedTheSameWayIsAReferenceNotACopy() throws Exception {
        TestDocument doc = document(confirmed(List.of(failed("t5", 20, thrownBy(5, 20)))));
        JsonNode test = parse(StdoutDocument.render(doc, StdoutOptions.DEFAULT, REPORT)).path("tests").get(0);
        assertEquals("{\"state\":\"failed\",\"same_failure\":true}", test.path("rerun").toString());
        assertTrue(ReportJson.write(doc)
                .contains("\"rerun\" : {\n      \"state\" : \"failed\",\n      \"duration_ms\""),
                "the report file keeps the rerun in full");
    }

    @Test
    void aFailedTestKeepsWhatAnAgentActsOnAndDropsWhatTheReportFileHas() throws Exception {
        TestDocument doc = document(List.of(failed("t5", 20, thrownBy(5, 20))));
        JsonNode test = parse(StdoutDocument.render(doc, StdoutOptions.DEFAULT, REPORT)).path("tests").get(0);
        assertEquals("t5()", test.path("name").asText());
        assertFalse(test.has("method"), "the name says the method");
        assertFalse(test.has("id") || test.has("duration_ms") || test.has("tags") || test.has("module"),
                test.toString());
        JsonNode failure = test.path("failures").get(0);
        assertEquals(thrownBy(5, 20).message(), failure.path("message").asText());
        assertEquals(20, failure.path("line").asInt());
        assertEquals("cart.item(5);", failure.path("source").asText());
        assertFalse(failure.has("file"), "the test's own file is said once");
        assertEquals("shop.Cart.item(Cart.java:42)", failure.path("at").get(0).asText());
        assertTrue(failure.path("at").size() <= LeanView.FRAMES);
        assertTrue(test.path("output").asText().length() <= LeanView.OUTPUT_LIMIT + 1);
        // The steps up to the failing one, compact; the one after it is counted.
        assertEquals("[{\"line\":18,\"status\":\"passed\",\"kind\":\"construct\",\"call\":\"new Cart()\"},"
                + "{\"line\":19,\"status\":\"passed\",\"kind\":\"action\",\"call\":\"cart.add(\\\"apple\\\")\"},"
                + "{\"line\":20,\"status\":\"failed\",\"kind\":\"action\",\"call\":\"cart.item(5);\"}]",
                test.path("steps").toString());
        assertEquals(1, test.path("steps_omitted").asInt());
    }

    @Test
    void failuresSharingARootCauseAreToldOnceFirstInFullOthersByIdentityAndLine() throws Exception {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tests.add(failed("t" + (i + 2), 20 + 10 * i, thrownBy(i + 2, 20 + 10 * i)));
        }
        JsonNode doc = parse(StdoutDocument.render(document(confirmed(tests)), StdoutOptions.DEFAULT, REPORT));
        assertEquals("[{\"cause\":1,\"count\":6,\"type\":\"java.lang.IndexOutOfBoundsException\","
                + "\"message\":\"" + thrownBy(2, 20).message() + "\",\"at\":\"shop.Cart.item(Cart.java:42)\"}]",
                doc.path("causes").toString());
        JsonNode first = doc.path("tests").get(0);
        assertEquals(1, first.path("cause").asInt());
        assertTrue(first.path("failures").get(0).has("message") && first.has("steps"), first.toString());
        JsonNode other = doc.path("tests").get(3);
        assertEquals("{\"name\":\"t5()\",\"class\":\"shop.CartTest\",\"file\":\"" + FILE
                + "\",\"line\":47,\"state\":\"failed\",\"cause\":1,\"failures\":[{\"line\":50}]}", other.toString());
    }

    @Test
    void twoTestsWithOneCauseAreNotGrouped() throws Exception {
        JsonNode doc = parse(StdoutDocument.render(document(List.of(failed("t2", 20, thrownBy(2, 20)),
                failed("t3", 30, thrownBy(3, 30)))), StdoutOptions.DEFAULT, REPORT));
        assertFalse(doc.has("causes"));
        assertTrue(doc.path("tests").get(1).path("failures").get(0).has("message"));
    }

    @Test
    void theMessageOfACauseIsNormalizedOverNumbersQuotedTextAndQualifiedNames() {
        assertEquals(RootCauses.normalize("Index 2 out of bounds for length 3"),
                RootCauses.normalize("Index 7 out of bounds for length 9"));
        assertEquals(RootCauses.normalize("Can not create TypeBinding for class java.util.List with 1 type parameter"),
                RootCauses.normalize(
                        "Can not create TypeBinding for class java.lang.Comparable with 1 type parameter"));
        assertEquals(RootCauses.normalize("Money 'GBP 2.34' cannot be parsed"),
                RootCauses.normalize("Money 'USD 1' cannot be parsed"));
        assertFalse(RootCauses.normalize("Class name must not be empty")
                .equals(RootCauses.normalize("Tag name must not be empty")));
    }

    @Test
    void theBudgetIsNeverExceededAndTheCountOfTestsLeftOutIsExact() throws Exception {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Half share a cause (the same index); the others each have their own message.
            Failure failure = i % 2 == 0 ? thrownBy(5, 20 + i) : new Failure(Failure.ASSERTION,
                    "org.opentest4j.AssertionFailedError", "expected: <" + i + "> but was: <0>", "" + i, "0", FILE,
                    20 + i, "assertEquals(" + i + ", cart.size());",
                    List.of(new StackFrame("shop.CartTest", "t" + i, "CartTest.java", 20 + i)));
            tests.add(failed("t" + i, 20 + i, failure));
        }
        TestDocument doc = document(confirmed(tests));
        for (int budget : List.of(1_024, 4_000, 20_000, 60_000)) {
            String text = StdoutDocument.render(doc, new StdoutOptions(false, false, budget), REPORT);
            assertTrue(bytes(text) <= budget, budget + ": " + bytes(text));
            JsonNode printed = parse(text);
            JsonNode truncated = printed.path("truncated");
            assertEquals(300, printed.path("tests").size() + truncated.path("tests_omitted").asInt(), text);
            assertEquals(Budget.SHOW, truncated.path("show").asText());
            assertEquals(REPORT, truncated.path("report").asText());
            assertEquals(List.of(), Schemas.errors(Schemas.STDOUT_DOCUMENT, text), budget + "");
        }
        String big = StdoutDocument.render(doc, new StdoutOptions(false, false, 60_000), REPORT);
        assertEquals("[\"output\",\"deeper_frames\",\"steps\",\"detail\",\"tests\"]",
                parse(big).path("truncated").path("cut").toString());
        assertEquals(0, parse(StdoutDocument.render(doc, new StdoutOptions(false, false, 0), REPORT)).path("truncated")
                .size(), "no budget, no cut");
    }

    @Test
    void whenNotEvenTheNamesFitTheWarningsGoTooAndTheSummaryStays() throws Exception {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tests.add(failed("t" + i, 20 + i, thrownBy(5, 20 + i)));
        }
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            warnings.add("warning " + i + ": " + "x".repeat(100));
        }
        TestDocument doc = DocumentBuilder.build(List.of(new ModuleResult("shop", tests, List.of(), warnings, 30)),
                View.FAILURES_ONLY);
        String text = StdoutDocument.render(doc, new StdoutOptions(false, false, 1_024), REPORT);
        assertTrue(bytes(text) <= 1_024, text);
        JsonNode printed = parse(text);
        assertEquals("[\"output\",\"deeper_frames\",\"steps\",\"detail\",\"tests\",\"warnings\"]",
                printed.path("truncated").path("cut").toString(), text);
        assertFalse(printed.has("warnings"));
        assertEquals(10, printed.path("tests").size() + printed.path("truncated").path("tests_omitted").asInt());
        assertEquals(10, printed.path("summary").path("failed").asInt());
    }

    @Test
    void aDocumentWithinTheBudgetIsNotCut() throws Exception {
        TestDocument doc = document(List.of(failed("t5", 20, thrownBy(5, 20))));
        String text = StdoutDocument.render(doc, StdoutOptions.DEFAULT, REPORT);
        assertFalse(parse(text).has("truncated"));
        assertEquals(List.of(), Schemas.errors(Schemas.STDOUT_DOCUMENT, text));
        assertEquals(1, text.lines().count(), "one line by default");
        assertTrue(StdoutDocument.render(doc, new StdoutOptions(false, true, 20_000), REPORT).lines().count() > 10,
                "indented with tracer.pretty");
    }

    @Test
    void verboseIsTheFullDocumentOfTheReportFile() throws Exception {
        TestDocument doc = document(confirmed(List.of(failed("t5", 20, thrownBy(5, 20)))));
        String text = StdoutDocument.render(doc, StdoutOptions.parse("true", null, null), REPORT);
        assertEquals(parse(ReportJson.write(doc)), parse(text));
        assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, text));
    }

    @Test
    void theTimingIsInTheReportFileAndWithVerboseButNotInTheLeanDocument() throws Exception {
        TestDocument doc = document(List.of(failed("t5", 20, thrownBy(5, 20))))
                .withTiming(new Timing(310, 2140, 0, 0, 0, 0, 35));
        JsonNode lean = parse(StdoutDocument.render(doc, StdoutOptions.parse(null, null, null), REPORT));
        JsonNode verbose = parse(StdoutDocument.render(doc, StdoutOptions.parse("true", null, null), REPORT));

        assertTrue(lean.path("timing").isMissingNode(), lean.toString());
        assertEquals(2140, verbose.path("timing").path("tests").asInt());
        assertEquals(parse(ReportJson.write(doc)), verbose);
    }

    @Test
    void aVerboseDocumentOverItsBudgetBecomesLeanFirst() throws Exception {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tests.add(failed("t" + i, 20 + i, thrownBy(5, 20 + i)));
        }
        String text = StdoutDocument.render(document(tests), StdoutOptions.parse("true", null, "20000"), REPORT);
        assertTrue(bytes(text) <= 20_000);
        assertEquals("full_detail", parse(text).path("truncated").path("cut").get(0).asText());
    }

    @Test
    void theCompactViewKeepsToTheBudgetToo() throws Exception {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tests.add(failed("t" + i, 20 + i, thrownBy(5, 20 + i)));
        }
        String text = StdoutDocument.compact(document(tests), new StdoutOptions(false, false, 2_000), REPORT);
        assertTrue(bytes(text) <= 2_000, text);
        List<String> lines = text.lines().toList();
        JsonNode truncated = parse(lines.get(lines.size() - 2)).path("truncated");
        assertEquals(200, lines.size() - 2 + truncated.path("tests_omitted").asInt());
        assertTrue(parse(lines.get(lines.size() - 1)).has("summary"));
    }

    @Test
    void aBudgetBelowTheMinimumOrNotANumberIsRefusedWithTheFix() {
        assertEquals("tracer.budget is '100': give the most bytes the printed document may take, at least 1024 "
                + "(-Dtracer.budget=20000), or 0 for no budget.",
                assertThrows(ConfigurationException.class, () -> StdoutOptions.parse(null, null, "100")).getMessage());
        assertThrows(ConfigurationException.class, () -> StdoutOptions.parse(null, null, "big"));
        assertThrows(ConfigurationException.class, () -> StdoutOptions.parse(null, null, "-5"));
        assertEquals(0, StdoutOptions.parse(null, null, "0").budget());
        assertEquals(StdoutOptions.DEFAULT_BUDGET, StdoutOptions.parse(null, null, null).budget());
        assertEquals(0, StdoutOptions.parse("", null, null).budget(), "verbose has no budget unless given");
    }
}

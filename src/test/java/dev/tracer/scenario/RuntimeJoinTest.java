package dev.tracer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import dev.tracer.model.Step;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import dev.tracer.scenario.adapter.ScenarioCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeJoinTest {

    private static final String FILE = "src/test/java/shop/CartTest.java";

    private static Step step(String kind, int line, String node) {
        return Step.of(kind, kind).withType(line < 10 ? Step.TYPE_SETUP : Step.TYPE_CALL).withNode(node)
                .withSource("x", line);
    }

    private static final List<Step> FLOW = FlowSummary.assignStepIds(List.of(
            step("construct", 5, "shop.Cart"),
            step("action", 20, "shop.Cart"),
            step("action", 21, "shop.Cart"),
            step("assertion", 21, null),
            step("verify", 22, "shop.Repo")));

    private static Scenario scenario(String id) {
        return new Scenario(id, "m", "CartTest > m", "shop", "shop", FILE, 19, FLOW, List.of("shop.Cart", "shop.Repo"),
                List.of("shop.Cart", "shop.Repo"), List.of(), List.of(), Scenario.STATIC,
                FlowSummary.summarizeEvidence(FLOW));
    }

    private static TestCase test(String id, String name, TestState state, long ms, Failure failure) {
        return new TestCase(id, name, "shop.CartTest", "m", "shop", FILE, 19, state, ms, List.of(),
                failure == null ? null : List.of(failure), null, null);
    }

    private static Failure failure(String kind, int line, String... classes) {
        List<StackFrame> frames = new java.util.ArrayList<>();
        for (String c : classes) {
            frames.add(new StackFrame(c, "x", null, 1));
        }
        frames.add(new StackFrame("shop.CartTest", "m", "CartTest.java", line));
        return new Failure(kind, "T", "boom", null, null, FILE, line, "src", frames);
    }

    private static List<String> statuses(List<Step> steps) {
        return steps.stream().map(Step::status).toList();
    }

    @Test
    void anAssertionFailureFailsTheAssertionOnTheFailingLine() {
        List<Scenario> joined = RuntimeJoin.join(List.of(scenario("shop.CartTest#m")),
                List.of(test("t1", "m()", TestState.FAILED, 7, failure(Failure.ASSERTION, 21))), List.of());
        Scenario s = joined.get(0);
        assertEquals(List.of("passed", "passed", "passed", "failed", "not_executed"), statuses(s.flow()));
        assertEquals(Scenario.RUNTIME, s.evidenceMode());
        assertEquals(List.of(new ScenarioCase("t1", "m()", "failed", 7)), s.tests());
        assertEquals(new FlowEvidence(4, 3, 1, 1), s.evidence());
    }

    @Test
    void anErrorFailsTheStepGoingToAClassOfTheStackTrace() {
        List<Step> steps = RuntimeJoin.statuses(FLOW, FILE,
                test("t1", "m()", TestState.FAILED, 7, failure(Failure.ERROR, 21, "shop.Cart$Inner")));
        assertEquals(List.of("passed", "passed", "failed", "not_executed", "not_executed"), statuses(steps));
    }

    @Test
    void aFailureOnALineWithoutAStepPassesTheStepsAboveIt() {
        List<Step> steps = RuntimeJoin.statuses(FLOW, FILE,
                test("t1", "m()", TestState.FAILED, 7, failure(Failure.ERROR, 20)));
        assertEquals("failed", steps.get(1).status(), "line 20 has a step");
        steps = RuntimeJoin.statuses(FLOW, FILE, test("t1", "m()", TestState.FAILED, 7, failure(Failure.ERROR, 15)));
        assertEquals(List.of("passed", "not_executed", "not_executed", "not_executed", "not_executed"),
                statuses(steps));
    }

    @Test
    void aFailureWithoutALineInTheTestLeavesStatusesUnknown() {
        Failure outside = new Failure(Failure.ERROR, "T", "boom", null, null, null, null, null, List.of());
        List<Step> steps = RuntimeJoin.statuses(FLOW, FILE, test("t1", "m()", TestState.FAILED, 7, outside));
        assertEquals(List.of("unknown", "unknown", "unknown", "unknown", "unknown"), statuses(steps));
    }

    @Test
    void everyInvocationIsListedAndPassingOnesPassEveryStep() {
        List<Scenario> joined = RuntimeJoin.join(List.of(scenario("shop.CartTest#m"), scenario("shop.CartTest#other")),
                List.of(test("t2", "[2] b", TestState.PASSED, 3, null), test("t1", "[1] a", TestState.PASSED, 4, null)),
                List.of());
        assertEquals(List.of("[1] a", "[2] b"), joined.get(0).tests().stream().map(ScenarioCase::name).toList());
        assertEquals(List.of("passed", "passed", "passed", "passed", "passed"), statuses(joined.get(0).flow()));
        assertEquals(Scenario.STATIC, joined.get(1).evidenceMode(), "no test ran it");
        assertEquals("unknown", joined.get(1).flow().get(0).status());
    }

    @Test
    void skippedTestsDoNotExecuteTheirStepsAndFlakyOnesCountAsPassed() {
        List<Scenario> skipped = RuntimeJoin.join(List.of(scenario("shop.CartTest#m")),
                List.of(test("t1", "m()", TestState.SKIPPED, 0, null)), List.of());
        assertEquals("not_executed", skipped.get(0).flow().get(0).status());
        List<Scenario> flaky = RuntimeJoin.join(List.of(scenario("shop.CartTest#m")), List.of(),
                List.of(test("t1", "m()", TestState.PASSED, 5, failure(Failure.ASSERTION, 21))));
        assertEquals("flaky", flaky.get(0).tests().get(0).outcome());
        assertEquals("passed", flaky.get(0).flow().get(4).status());
    }

    @Test
    void stepsOfAFailedTestComeFromItsOwnFailure() {
        Map<String, Scenario> byId = Map.of("shop.CartTest#m", scenario("shop.CartTest#m"));
        List<Step> steps = RuntimeJoin.stepsOf(byId, test("t1", "m()", TestState.FAILED, 7,
                failure(Failure.ASSERTION, 22)));
        assertEquals(List.of("passed", "passed", "passed", "passed", "failed"), statuses(steps));
        assertNull(RuntimeJoin.stepsOf(Map.of(), test("t1", "m()", TestState.FAILED, 7, null)));
    }
}

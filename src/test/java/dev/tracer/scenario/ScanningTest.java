package dev.tracer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Route;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which methods are scenarios, their names, categories and setup, and what cannot be resolved. */
class ScanningTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfTestMethodIsAScenarioShapedByNestingDisplayNamesAndTags() throws Exception {
        Fixture.module(dir, Fixture.shop(), Map.of("shop/owner/OwnerTest.java", """
                package shop.owner;

                import org.junit.jupiter.api.*;
                import org.junit.jupiter.params.ParameterizedTest;

                @DisplayName("Owners")
                @Tags({@Tag("slow"), @Tag("db")})
                class OwnerTest {
                    Owner owner = new Owner("Ann");

                    @BeforeEach
                    void setUp() { owner.getName(); }

                    @Test void plain() { }
                    @ParameterizedTest void parameterized(int x) { }
                    @RepeatedTest(2) void repeated() { }
                    @TestFactory java.util.List<DynamicTest> factory() { return null; }
                    void notATest() { }

                    @Nested
                    @DisplayName("inner")
                    class Inner {
                        @BeforeEach void innerSetUp() { owner.firstPet(); }
                        @Test @DisplayName("does it") @Tag("fast") void deep() { }
                    }
                }
                """, "shop/LegacyTest.java", """
                package shop;
                import org.junit.Test;
                public class LegacyTest {
                    @Test public void old() { }
                }
                """));
        ScenarioExtractor.Extraction e = Fixture.extract(dir);
        assertEquals(List.of("shop.LegacyTest#old", "shop.owner.OwnerTest#factory", "shop.owner.OwnerTest#parameterized",
                "shop.owner.OwnerTest#plain", "shop.owner.OwnerTest#repeated", "shop.owner.OwnerTest$Inner#deep"),
                e.scenarios().stream().map(Scenario::id).toList());
        Scenario deep = Fixture.scenario(e, "shop.owner.OwnerTest$Inner#deep");
        assertEquals("does it", deep.name());
        assertEquals("Owners > inner > does it", deep.displayName());
        assertEquals(List.of("db", "fast", "slow"), deep.tags());
        assertEquals("db", deep.category());
        assertEquals(List.of("construct | new Owner | shop.owner.Owner | <init>",
                "action | Owner.getName | shop.owner.Owner | getName",
                "action | Owner.firstPet | shop.owner.Owner | firstPet"), Fixture.describe(deep.flow()));
        assertEquals(List.of(Step.TYPE_SETUP, Step.TYPE_SETUP, Step.TYPE_SETUP),
                deep.flow().stream().map(Step::type).toList());
        assertEquals("shop", Fixture.scenario(e, "shop.LegacyTest#old").category());
        assertEquals("src/test/java/shop/owner/OwnerTest.java", deep.sourceFile());
        assertEquals(24, deep.line());
    }

    @Test
    void generatedAndExtraTestRootsAreScannedToo() throws Exception {
        Fixture.module(dir, Fixture.shop(), Map.of());
        Fixture.write(dir.resolve("target/generated-test-sources/test-annotations/shop/GenTest.java"), """
                package shop;
                class GenTest { @org.junit.jupiter.api.Test void gen() { } }
                """);
        Fixture.write(dir.resolve("src/test/java11/shop/ElevenTest.java"), """
                package shop;
                class ElevenTest { @org.junit.jupiter.api.Test void eleven() { } }
                """);
        ScenarioExtractor.Extraction e = ScenarioExtractor.extract(new ScenarioExtractor.Input("shop",
                List.of(dir.resolve("src/test/java"), dir.resolve("src/test/java11"),
                        dir.resolve("target/generated-test-sources/test-annotations"), dir.resolve("missing")),
                List.of(dir.resolve("src/main/java")), dir, null, Adapters.builtIn(), 1));
        assertEquals(List.of("shop.ElevenTest#eleven", "shop.GenTest#gen"),
                e.scenarios().stream().map(Scenario::id).toList());
    }

    @Test
    void unresolvedReceiversAreWarningsWithFileAndLine() throws Exception {
        Fixture.module(dir, Fixture.shop(), Map.of("shop/owner/OwnerTest.java", """
                package shop.owner;
                import org.junit.jupiter.api.Test;
                class OwnerTest {
                    @Test
                    void t() {
                        helper.run();
                        var x = java.util.List.of(1).get(0);
                        x.toString();
                    }
                }
                """));
        assertEquals(List.of(
                "src/test/java/shop/owner/OwnerTest.java:6: cannot resolve `helper` (receiver of .run(..)): its calls"
                        + " are not classified",
                "src/test/java/shop/owner/OwnerTest.java:8: cannot infer the type of `x` (receiver of .toString(..)):"
                        + " its calls are not classified"), Fixture.extract(dir).warnings());
    }

    @Test
    void routesPreferLiteralSegments() {
        Route template = new Route("GET", "/owners/{id}", "c", "show", 1);
        Route literal = new Route("GET", "/owners/new", "c", "form", 2);
        Route any = new Route(null, "/owners", "c", "list", 3);
        assertEquals(true, template.matches("GET", "/owners/7"));
        assertEquals(true, template.matches("GET", "/owners/{ownerId}"));
        assertEquals(false, literal.matches("GET", "/owners/{ownerId}"));
        assertEquals(false, template.matches("POST", "/owners/7"));
        assertEquals(true, any.matches("DELETE", "/owners/?x=1"));
        assertEquals(2, literal.score("GET", "/owners/new"));
        assertEquals(1, template.score("GET", "/owners/new"));
    }

    @Test
    void flowUtilitiesNumberStepsAndDeriveNodesAndGraphPath() {
        List<Step> steps = FlowSummary.attachFocusTargets(FlowSummary.assignStepIds(List.of(
                Step.of("action", "a").withNode("A"), Step.of("action", "a2").withNode("A"),
                Step.of("assertion", "x"), Step.of("action", "b").withNode("B"), Step.of("action", "a3").withNode("A"))));
        assertEquals(List.of("step-1", "step-2", "step-3", "step-4", "step-5"), steps.stream().map(Step::id).toList());
        assertEquals(List.of("A"), steps.get(2).focusTargets());
        assertEquals("A", steps.get(2).focusNodeId());
        FlowSummary.Derived derived = FlowSummary.deriveFlowSummaries(steps);
        assertEquals(List.of("A", "B"), derived.nodes());
        assertEquals(List.of("A", "B", "A"), derived.graphPath());
        assertEquals(new FlowEvidence(3, 2, 1, 1), FlowSummary.summarizeEvidence(List.of(
                Step.of("a", "a").withStatus(Step.PASSED), Step.of("a", "a").withStatus(Step.PASSED),
                Step.of("a", "a").withStatus(Step.FAILED), Step.of("a", "a").withStatus(Step.NOT_EXECUTED),
                Step.of("a", "a"))));
    }
}

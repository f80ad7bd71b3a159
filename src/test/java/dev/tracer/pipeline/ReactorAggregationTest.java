package dev.tracer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.config.Options;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.pipeline.RecordedRunner.Recording;
import dev.tracer.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several modules, one document: the module that completes the build reports on all of them. */
class ReactorAggregationTest {

    @TempDir
    Path root;

    private static final String MODULE_A = "test-json-multimodule/module-a";
    private static final String MODULE_B = "test-json-multimodule/module-b";

    @Test
    void theLastModuleReportsOnEveryModuleOnceAndTheOthersPrintNothing() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput parent = new ModuleInput("it:parent:pom:1.0", "parent", true, root.resolve("target"),
                root.resolve("target/classes"), List.of(), List.of(), root, null, null);
        ModuleInput a = fixture.module(root.resolve("module-a"), "module-a", MODULE_A);
        ModuleInput b = fixture.module(root.resolve("module-b"), "module-b", MODULE_B);
        BuildInput build = fixture.build(parent, a, b);
        Options options = Options.builder().build();

        // Each module is its own mojo execution, with its own pipeline and runner; only the ledger is shared.
        Verdict ofParent = fixture.pipeline(options, build).run(parent, null, null);
        Verdict ofA = fixture.pipeline(options, build).run(a, new RecordedRunner(
                a.buildDirectory().resolve("surefire-reports"), Recording.of(MODULE_A, "events", "surefire-reports"),
                Recording.of(MODULE_A, "rerun-events", "rerun-reports")), null);
        assertEquals(List.of(), fixture.console.stdout, "no module but the last prints");
        Verdict ofB = fixture.pipeline(options, build).run(b, new RecordedRunner(
                b.buildDirectory().resolve("surefire-reports"), Recording.of(MODULE_B, "events", "surefire-reports")),
                null);

        assertEquals(Verdict.PASSED, ofParent);
        assertEquals(Verdict.PASSED, ofA);
        assertEquals(Verdict.failed("There are test failures: 1 failed, 0 invalid of 4 tests (module-a: 1 failed)."
                + " Report: target/tracer/report.json"), ofB);
        assertEquals(1, fixture.console.stdout.size());
        TestDocument document = fixture.document();
        assertEquals(ReportJson.write(document), fixture.console.printed());
        assertEquals(4, document.summary().total());
        assertEquals(List.of("module-a"), document.tests().stream().map(TestCase::module).distinct().toList());
        assertTrue(document.tests().get(0).file().startsWith("module-a/src/test/java/"), document.tests().get(0).file());
        // In a reactor, each module keeps its own document.
        for (ModuleInput module : List.of(a, b)) {
            TestDocument own = ReportJson.read(Files.readString(module.tracerDirectory().resolve("report.json")));
            assertEquals(List.of(module.name()), own.tests().isEmpty() ? List.of(module.name())
                    : own.tests().stream().map(TestCase::module).distinct().toList());
        }
    }

    @Test
    void whatTheModulesShareHoldsJdkTypesOnly() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput a = fixture.module(root.resolve("module-a"), "module-a", MODULE_A);
        ModuleInput b = fixture.module(root.resolve("module-b"), "module-b", MODULE_B);
        BuildInput build = fixture.build(a, b);

        fixture.pipeline(Options.builder().streaming(true).build(), build).run(a, new RecordedRunner(
                a.buildDirectory().resolve("surefire-reports"), Recording.of(MODULE_A, "events", "surefire-reports"),
                Recording.of(MODULE_A, "rerun-events", "rerun-reports")), null);

        // Each project can get its own plugin class realm: a Tracer object here would be unreadable by the next.
        assertJdkTypes(fixture.shared);
    }

    @Test
    void aBuildOfPomModulesOnlyStillPrintsADocument() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput parent = new ModuleInput("it:parent:pom:1.0", "parent", true, root.resolve("target"),
                root.resolve("target/classes"), List.of(), List.of(), root, null, null);

        Verdict verdict = fixture.pipeline(Options.builder().build(), fixture.build(parent)).run(parent, null, null);

        assertEquals(Verdict.PASSED, verdict);
        assertEquals(0, fixture.document().summary().total());
        assertEquals(ReportJson.write(fixture.document()), fixture.console.printed());
    }

    @Test
    void aSkippedBuildSaysWhyAndPrintsNothing() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput a = fixture.module(root.resolve("module-a"), "module-a", MODULE_A);

        Verdict verdict = fixture.pipeline(Options.builder().build(), fixture.build(a)).run(a, null, "skipTests");

        assertEquals(Verdict.PASSED, verdict);
        assertEquals(List.of("Tests are skipped (skipTests)."), fixture.console.info);
        assertEquals(List.of(), fixture.console.stdout);
    }

    private static void assertJdkTypes(Object value) {
        if (value == null) {
            return;
        }
        assertTrue(value.getClass().getName().startsWith("java.") || value instanceof byte[],
                "a " + value.getClass().getName() + " in the shared state");
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertJdkTypes(k);
                assertJdkTypes(v);
            });
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(ReactorAggregationTest::assertJdkTypes);
        }
    }
}

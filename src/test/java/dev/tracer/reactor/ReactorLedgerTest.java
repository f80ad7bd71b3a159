package dev.tracer.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.io.RecordCodec;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReactorLedgerTest {

    private static final List<String> MODULES = List.of("g:core:1", "g:parent:1", "g:app:1");

    private static ModulePart part(String module, TestState... states) {
        List<TestCase> tests = new java.util.ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            String file = module + "/src/test/java/a/B.java";
            List<Failure> failures = states[i].isProblem()
                    ? List.of(new Failure("assertion", "java.lang.AssertionError", "boom", "1", "2", file, 10 + i,
                            "x();", List.of(new StackFrame("a.B", "m" + i, "B.java", 10 + i))))
                    : null;
            tests.add(new TestCase("id:" + i, "t" + i + "()", "a.B", "m" + i, module, file, 10 + i, states[i], 3,
                    List.of("fast"), failures, states[i] == TestState.SKIPPED ? "why" : null, "out\n"));
        }
        return new ModulePart(new ModuleResult(module, tests, List.of(), List.of("a warning"), 12, List.of(),
                new RetrySummary(true, 1, 1, 0)),
                new ModulePart.CoverageInput(module, "/x/" + module + "/target/classes", List.of("/x/src"),
                        List.of("/x/" + module + "/target/tracer/jacoco.exec"), null),
                null);
    }

    @Test
    void everyRecordOfAModulePartIsEncodable() {
        RecordCodec.requireEncodable(ModulePart.class);
    }

    @Test
    void theModuleThatCompletesTheBuildGetsEveryPartInReactorOrderDecoded() {
        Map<String, Object> shared = new ConcurrentHashMap<>();
        ModulePart app = part("app", TestState.PASSED);
        ModulePart core = part("core", TestState.FAILED, TestState.SKIPPED);
        assertEquals(Optional.empty(), ReactorLedger.of(shared, MODULES).record("g:app:1", app));
        assertEquals(Optional.empty(), ReactorLedger.of(shared, MODULES).record("g:core:1", core));
        List<ModulePart> parts = ReactorLedger.of(shared, MODULES).record("g:parent:1", null).orElseThrow();
        assertEquals(List.of(core, app), parts, "pom module left out, reactor order");
        assertNotSame(core, parts.get(0), "a copy, as another class realm would read it");
    }

    @Test
    void theSharedMapHoldsOnlyJdkTypes() {
        Map<String, Object> shared = new ConcurrentHashMap<>();
        ReactorLedger ledger = ReactorLedger.of(shared, MODULES);
        ledger.record("g:core:1", part("core", TestState.FAILED));
        ledger.firstTo("tip");
        ledger.surefireFailure("No tests matching pattern");
        assertJdkTypes(shared);
    }

    private static void assertJdkTypes(Object value) {
        assertTrue(value == null || value.getClass().getClassLoader() == null,
                () -> "not a JDK type: " + value.getClass());
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertJdkTypes(k);
                assertJdkTypes(v);
            });
        } else if (value instanceof Iterable<?> items) {
            items.forEach(ReactorLedgerTest::assertJdkTypes);
        }
    }

    /**
     * Each project can get its own plugin class realm: the same classes loaded again by another loader. A part a
     * module recorded there is still read by the module that completes the build.
     */
    @Test
    void aPartRecordedInAnotherClassRealmIsRead() throws Exception {
        Map<String, Object> shared = new ConcurrentHashMap<>();
        URL classes = Path.of(ReactorLedger.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toUri().toURL();
        try (URLClassLoader realm = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> ledgerType = realm.loadClass(ReactorLedger.class.getName());
            Class<?> resultType = realm.loadClass(ModuleResult.class.getName());
            Class<?> partType = realm.loadClass(ModulePart.class.getName());
            Class<?> coverageType = realm.loadClass(ModulePart.CoverageInput.class.getName());
            Class<?> scenariosType = realm.loadClass(dev.tracer.scenario.report.ScenarioReport.class.getName());
            assertFalse(ledgerType == ReactorLedger.class, "the realm loads its own copy");
            Object result = resultType.getConstructor(String.class, List.class, List.class, List.class, long.class)
                    .newInstance("core", List.of(), List.of(), List.of("from the other realm"), 5L);
            Object part = partType.getConstructor(resultType, coverageType, scenariosType)
                    .newInstance(result, null, null);
            Object ledger = ledgerType.getMethod("of", Map.class, List.class).invoke(null, shared, MODULES);
            Object recorded = ledgerType.getMethod("record", String.class, partType)
                    .invoke(ledger, "g:core:1", part);
            assertEquals(Optional.empty(), recorded);
            assertTrue((Boolean) ledgerType.getMethod("firstTo", String.class).invoke(ledger, "tip"));
        }
        ReactorLedger ledger = ReactorLedger.of(shared, MODULES);
        assertFalse(ledger.firstTo("tip"), "the other realm asked first");
        ledger.record("g:parent:1", null);
        List<ModulePart> parts = ledger.record("g:app:1", part("app", TestState.FAILED)).orElseThrow();
        assertEquals(List.of("core", "app"), parts.stream().map(p -> p.result().module()).toList());
        assertEquals(List.of("from the other realm"), parts.get(0).result().warnings());
    }

    @Test
    void modulesFinishingTogetherOnParallelThreadsLeaveExactlyOneReporter() throws Exception {
        List<String> modules = java.util.stream.IntStream.range(0, 8).mapToObj(i -> "g:m" + i + ":1").toList();
        for (int round = 0; round < 20; round++) {
            Map<String, Object> shared = new ConcurrentHashMap<>();
            CyclicBarrier start = new CyclicBarrier(modules.size());
            ExecutorService pool = Executors.newFixedThreadPool(modules.size());
            try {
                List<Future<Optional<List<ModulePart>>>> outcomes = new java.util.ArrayList<>();
                for (String module : modules) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return ReactorLedger.of(shared, modules).record(module, part(module, TestState.PASSED));
                    }));
                }
                int reporters = 0;
                for (Future<Optional<List<ModulePart>>> outcome : outcomes) {
                    Optional<List<ModulePart>> parts = outcome.get();
                    if (parts.isPresent()) {
                        reporters++;
                        assertEquals(modules, parts.get().stream().map(p -> p.result().module()).toList());
                    }
                }
                assertEquals(1, reporters, "round " + round);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aPartThatCannotBeReadFailsNamingTheModuleAndTheFix() {
        Map<String, Object> shared = new ConcurrentHashMap<>();
        ReactorLedger ledger = ReactorLedger.of(shared, List.of("g:a:1", "g:b:1"));
        ledger.record("g:a:1", part("a", TestState.PASSED));
        @SuppressWarnings("unchecked")
        Map<String, byte[]> parts = (Map<String, byte[]>) shared.get("parts");
        parts.put("g:a:1", new byte[] {1, 2, 3});
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ledger.record("g:b:1", part("b", TestState.PASSED)));
        assertTrue(e.getMessage().startsWith("Cannot read the results of module g:a:1"), e.getMessage());
        assertTrue(e.getMessage().contains("<pluginManagement>"), e.getMessage());
    }
}

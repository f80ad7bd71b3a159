package dev.tracer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tracer.model.Step;
import dev.tracer.scenario.Adapters;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdaptersTest {

    private static ScenarioAdapter named(String name) {
        return new ScenarioAdapter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Step> classify(Call call, Lookup lookup) {
                return Optional.empty();
            }
        };
    }

    private static List<ScenarioAdapter> available() {
        List<ScenarioAdapter> all = new ArrayList<>(List.of(named("mine")));
        all.addAll(Adapters.builtIn());
        return all;
    }

    @Test
    void theDefaultOrderIsUsersAdaptersThenTheBuiltInOnes() {
        assertEquals(List.of("mine", "mockito", "spring-mvc", "assertions", "repository", "production"),
                Adapters.names(Adapters.order(available(), null)));
    }

    @Test
    void listedAdaptersComeFirstAndAMinusDisablesOne() {
        assertEquals(List.of("production", "mine", "mockito", "spring-mvc", "assertions"),
                Adapters.names(Adapters.order(available(), List.of("production", "-repository", " "))));
    }

    @Test
    void anUnknownNameIsRejectedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Adapters.order(available(), List.of("-mokito")));
        assertEquals("mokito", e.getMessage());
    }

    @Test
    void twoAdaptersWithOneNameAreRejected() {
        List<ScenarioAdapter> clash = new ArrayList<>(available());
        clash.add(named("mine"));
        assertThrows(IllegalArgumentException.class, () -> Adapters.order(clash, null));
    }

    @Test
    void anAdapterThatThrowsIsAWarningAndTheCallGoesToTheNextOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ScenarioAdapter broken = new ScenarioAdapter() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<Step> classify(Call call, Lookup lookup) {
                throw new IllegalStateException("bug");
            }
        };
        List<ScenarioAdapter> adapters = new ArrayList<>(List.of(broken));
        adapters.addAll(Adapters.builtIn());
        Fixture.module(dir, Fixture.shop(), java.util.Map.of("shop/owner/OwnerTest.java", """
                package shop.owner;
                import org.junit.jupiter.api.Test;
                class OwnerTest {
                    @Test void named() { new Owner("Ann"); }
                }
                """));
        ScenarioExtractor.Extraction e = Fixture.extract(dir, adapters, null);
        assertEquals(List.of("construct | new Owner | shop.owner.Owner | <init>"),
                Fixture.describe(e.scenarios().get(0).flow()));
        assertEquals(List.of("src/test/java/shop/owner/OwnerTest.java:4: adapter 'broken' failed on `new Owner(\"Ann\")`:"
                + " java.lang.IllegalStateException: bug"), e.warnings());
    }
}

package dev.tracer.scenario.adapter.builtin;

import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.List;

/** The adapters Tracer ships, written against the same SPI as a user's ({@link ScenarioAdapter}). */
public final class BuiltInAdapters {

    private BuiltInAdapters() {
    }

    /** In the order they are tried: Mockito, Spring MVC, assertions, repositories, then any call into production. */
    public static List<ScenarioAdapter> all() {
        return List.of(new MockitoAdapter(), new SpringMvcAdapter(), new AssertionAdapter(), new RepositoryAdapter(),
                new ProductionCallAdapter());
    }
}

package dev.tracer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void defaults() {
        AgentOptions o = AgentOptions.parse(null, null, null, null, Map.of());
        assertEquals(new AgentOptions(".tracer", Duration.ofMinutes(30), Duration.ofHours(1), 64L << 20), o);
    }

    @Test
    void readsDurationsAndSizesAsUsersWriteThem() {
        AgentOptions o = AgentOptions.parse("build/cache", "90s", "PT2H", "512KB", Map.of());
        assertEquals(Duration.ofSeconds(90), o.waitTimeout());
        assertEquals(Duration.ofHours(2), o.cacheRetention());
        assertEquals(512L << 10, o.cacheMaxBytes());
        assertEquals(Duration.ZERO, AgentOptions.parse(null, "0s", null, null, Map.of()).waitTimeout());
        assertEquals(1000, AgentOptions.parse(null, null, null, "1000", Map.of()).cacheMaxBytes());
        assertEquals("30m", AgentOptions.show(Duration.ofMinutes(30)));
        assertEquals("1s", AgentOptions.show(Duration.ofSeconds(1)));
    }

    @Test
    void theCacheDirectoryComesFromTheEnvironmentUnlessAPropertyNamesIt() {
        assertEquals("/tmp/c", AgentOptions.parse(null, null, null, null, Map.of("TRACER_CACHE_DIR", "/tmp/c"))
                .cacheDir());
        assertEquals("mine", AgentOptions.parse("mine", null, null, null, Map.of("TRACER_CACHE_DIR", "/tmp/c"))
                .cacheDir());
    }

    @Test
    void badValuesNameThePropertyAndTheFix() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> AgentOptions.parse(null, "soon", null, null, Map.of()));
        assertEquals("-Dtracer.waitTimeout=soon is not a duration: use a number with ms, s, m, h or d (for example"
                + " -Dtracer.waitTimeout=30m), or <waitTimeout>30m</waitTimeout> in the plugin's <configuration>.",
                e.getMessage());
        assertThrows(ConfigurationException.class, () -> AgentOptions.parse(null, null, "0m", null, Map.of()));
        e = assertThrows(ConfigurationException.class, () -> AgentOptions.parse(null, null, null, "big", Map.of()));
        assertEquals(true, e.getMessage().startsWith("-Dtracer.cacheMaxSize=big is not a size"));
        e = assertThrows(ConfigurationException.class, () -> AgentOptions.parse(" ", null, null, null, Map.of()));
        assertEquals(true, e.getMessage().startsWith("-Dtracer.cacheDir is empty"));
        assertThrows(ConfigurationException.class,
                () -> AgentOptions.parse(null, null, null, null, Map.of("TRACER_CACHE_DIR", "")));
    }
}

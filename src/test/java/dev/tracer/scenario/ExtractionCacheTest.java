package dev.tracer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.scenario.adapter.Adapters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionCacheTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunParsesOnlyChangedFilesAndGivesTheSameScenarios() throws Exception {
        Fixture.module(dir, Fixture.shop(), Map.of("shop/owner/OwnerTest.java", """
                package shop.owner;
                import org.junit.jupiter.api.Test;
                class OwnerTest {
                    @Test void named() { new Owner("Ann").getName(); }
                }
                """));
        Path cache = dir.resolve("target/tracer/scenario-cache");
        ScenarioExtractor.Extraction first = Fixture.extract(dir, Adapters.builtIn(), cache);
        assertTrue(Files.isRegularFile(cache.resolve("shard-0.bin")));
        assertEquals(7, first.files());
        assertEquals(7, first.parsed());
        ScenarioExtractor.Extraction second = Fixture.extract(dir, Adapters.builtIn(), cache);
        assertEquals(0, second.parsed());
        assertEquals(first.scenarios(), second.scenarios());
        Fixture.write(dir.resolve("src/test/java/shop/owner/OwnerTest.java"), """
                package shop.owner;
                import org.junit.jupiter.api.Test;
                class OwnerTest {
                    @Test void renamed() { new Owner("Ann").renamed("Bea"); }
                }
                """);
        ScenarioExtractor.Extraction third = Fixture.extract(dir, Adapters.builtIn(), cache);
        assertEquals(1, third.parsed());
        assertEquals("shop.owner.OwnerTest#renamed", third.scenarios().get(0).id());
    }

    @Test
    void aCorruptCacheIsIgnored() throws Exception {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        for (int i = 0; i < ExtractionCache.SHARDS; i++) {
            Files.writeString(cache.resolve("shard-" + i + ".bin"), "not a cache");
        }
        assertEquals(Map.of(), ExtractionCache.read(cache).entries());
    }
}

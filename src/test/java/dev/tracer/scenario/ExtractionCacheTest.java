package dev.tracer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.scenario.Adapters;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.scenario.cache.ExtractionCache;
import dev.tracer.scenario.parse.SourceModel;
import dev.tracer.scenario.report.ScenarioJson;
import dev.tracer.scenario.report.ScenarioReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionCacheTest {

    /** Most of what the adapters and the builder make: nested classes, setup, mocks, MockMvc, warnings, overloads. */
    private static final String OWNER_TEST = """
            package shop.owner;

            import static org.assertj.core.api.Assertions.assertThat;
            import static org.junit.jupiter.api.Assertions.*;
            import static org.mockito.Mockito.*;
            import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
            import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

            import org.junit.jupiter.api.*;
            import org.mockito.Mock;

            @Tag("owners")
            @DisplayName("Owners")
            class OwnerTest {
                @Mock OwnerRepository repository;
                OwnerService service;
                MockMvc mvc;

                @BeforeEach
                void setUp() {
                    service = new OwnerService(repository);
                }

                @Test
                @DisplayName("finds an owner")
                void finds() {
                    when(repository.findById(1)).thenReturn(java.util.Optional.of(new Owner("Ann")));
                    Owner owner = service.find(1);
                    assertEquals("Ann", owner.getName());
                    assertThat(owner.getName()).startsWith("A").endsWith("n");
                    assertThrows(IllegalStateException.class, () -> service.find(-1));
                    verify(repository).findById(1);
                    unknown.call();
                }

                @Test
                void finds(int id) {
                    mvc.perform(get("/owners/{id}", 1)).andExpect(status().isOk());
                }

                @Nested
                @DisplayName("when registering")
                class Registering {
                    @Test
                    @Tag("write")
                    void registers() {
                        var owner = service.register("Bea");
                        repository.save(owner);
                        assertNotNull(owner.firstPet());
                    }
                }
            }
            """;

    private static final String BROKEN_TEST = """
            package shop.owner;

            import org.junit.jupiter.api.Test;

            class BrokenTest {
                @Test void fine() { new Owner("Ann").getName(); }
                @Test void broken() { new Owner("Ann" }
            }
            """;

    private static final String PET_TEST = """
            package shop.owner;

            import org.junit.jupiter.api.Test;

            class PetTest {
                @Test void describes() { new Pet("Rex", 3).describe(); }
            }
            """;

    @TempDir
    Path dir;

    private Path cache;

    private void shop() throws IOException {
        Fixture.module(dir, Fixture.shop(), Map.of("shop/owner/OwnerTest.java", OWNER_TEST,
                "shop/owner/BrokenTest.java", BROKEN_TEST, "shop/owner/PetTest.java", PET_TEST));
        cache = dir.resolve("target/tracer/scenario-cache");
    }

    private ScenarioExtractor.Extraction cached() throws IOException {
        return Fixture.extract(dir, Adapters.builtIn(), cache);
    }

    /** The report of an extraction as JSON, its timings left out. */
    private static String json(ScenarioExtractor.Extraction e) {
        ScenarioExtractor.Extraction timeless = new ScenarioExtractor.Extraction(e.module(), e.scenarios(), e.index(),
                e.warnings(), 0, 0, 0, 0, new long[4]);
        return ScenarioJson.write(ScenarioReports.build(List.of(timeless), timeless.scenarios(), null, 0));
    }

    /** What an extraction without a cache gives: the reference a cached one must equal. */
    private String cold(List<ScenarioAdapter> adapters) throws IOException {
        return json(Fixture.extract(dir, adapters, null));
    }

    @Test
    void aSecondRunNeitherParsesNorBuildsAndGivesTheSameReport() throws Exception {
        shop();
        ScenarioExtractor.Extraction first = cached();
        assertTrue(Files.isRegularFile(cache.resolve("shard-0.bin")));
        assertEquals(9, first.files());
        assertEquals(9, first.parsed());
        assertEquals(3, first.built());
        assertFalse(first.warnings().isEmpty(), "the fixture has warnings, to prove they are cached too");
        assertTrue(first.warnings().stream().anyMatch(w -> w.startsWith("src/test/java/shop/owner/BrokenTest.java:")),
                first.warnings().toString());
        assertTrue(first.scenarios().stream().anyMatch(s -> s.id().contains("@")), "an overload, renamed");

        ScenarioExtractor.Extraction second = cached();
        assertEquals(0, second.parsed());
        assertEquals(0, second.built());
        assertEquals(first.scenarios(), second.scenarios());
        assertEquals(first.warnings(), second.warnings());
        assertEquals(json(first), json(second));
        assertEquals(cold(Adapters.builtIn()), json(second));
    }

    @Test
    void aChangedTestFileIsParsedAndBuiltAgainAlone() throws Exception {
        shop();
        cached();
        Fixture.write(dir.resolve("src/test/java/shop/owner/PetTest.java"), """
                package shop.owner;
                import org.junit.jupiter.api.Test;
                class PetTest {
                    @Test void renamed() { new Pet("Rex", 3).describe(); }
                }
                """);
        ScenarioExtractor.Extraction second = cached();
        assertEquals(1, second.parsed());
        assertEquals(1, second.built());
        assertTrue(second.scenarios().stream().anyMatch(s -> s.id().equals("shop.owner.PetTest#renamed")));
        assertEquals(cold(Adapters.builtIn()), json(second));
        assertEquals(0, cached().built());
    }

    @Test
    void aChangedMainFileRebuildsEveryTestFileWithoutParsingIt() throws Exception {
        shop();
        ScenarioExtractor.Extraction first = cached();
        // Pet.describe() now returns an Owner: a test's flow may differ, so every result is rebuilt
        Fixture.write(dir.resolve("src/main/java/shop/owner/Pet.java"), """
                package shop.owner;

                public record Pet(String name, int age) {
                    public Owner describe() { return null; }
                }
                """);
        ScenarioExtractor.Extraction second = cached();
        assertEquals(1, second.parsed());
        assertEquals(3, second.built());
        assertEquals(cold(Adapters.builtIn()), json(second));
        assertEquals(0, cached().built());

        // a main file added
        Fixture.write(dir.resolve("src/main/java/shop/owner/Vet.java"), "package shop.owner;\npublic class Vet {}\n");
        ScenarioExtractor.Extraction third = cached();
        assertEquals(1, third.parsed());
        assertEquals(3, third.built());
        assertEquals(cold(Adapters.builtIn()), json(third));
        assertEquals(first.scenarios().size(), third.scenarios().size());
    }

    @Test
    void anotherAdapterListRebuildsEveryTestFile() throws Exception {
        shop();
        cached();
        List<ScenarioAdapter> withoutAssertions = new ArrayList<>(Adapters.builtIn());
        withoutAssertions.removeIf(a -> a.name().equals("assertions"));
        ScenarioExtractor.Extraction second = Fixture.extract(dir, withoutAssertions, cache);
        assertEquals(0, second.parsed());
        assertEquals(3, second.built());
        assertEquals(cold(withoutAssertions), json(second));
        assertNotEquals(cold(Adapters.builtIn()), json(second));

        List<ScenarioAdapter> reordered = new ArrayList<>(Adapters.builtIn());
        java.util.Collections.reverse(reordered);
        ScenarioExtractor.Extraction third = Fixture.extract(dir, reordered, cache);
        assertEquals(3, third.built());
        assertEquals(cold(reordered), json(third));

        ScenarioExtractor.Extraction back = cached();
        assertEquals(3, back.built());
        assertEquals(cold(Adapters.builtIn()), json(back));
        assertEquals(0, cached().built());
    }

    @Test
    void anotherModuleNameRebuildsEveryTestFile() throws Exception {
        shop();
        cached();
        ScenarioExtractor.Extraction other = ScenarioExtractor.extract(new ScenarioExtractor.Input("store",
                List.of(dir.resolve("src/test/java")), List.of(dir.resolve("src/main/java")), dir, cache,
                Adapters.builtIn(), 2));
        assertEquals(3, other.built());
        assertTrue(other.scenarios().stream().allMatch(s -> s.module().equals("store")));
    }

    @Test
    void aCorruptCacheIsIgnored() throws Exception {
        Path garbage = dir.resolve("cache");
        Files.createDirectories(garbage);
        for (int i = 0; i < ExtractionCache.SHARDS; i++) {
            Files.writeString(garbage.resolve("shard-" + i + ".bin"), "not a cache");
        }
        assertEquals(Map.of(), ExtractionCache.read(garbage, CacheCodec.FORMAT).entries());

        shop();
        ScenarioExtractor.Extraction first = cached();
        Path shard = cache.resolve("shard-1.bin");
        byte[] bytes = Files.readAllBytes(shard);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(shard, bytes);
        assertEquals(Map.of(), ExtractionCache.read(cache, CacheCodec.FORMAT).entries(), "a flipped byte");
        ScenarioExtractor.Extraction second = cached();
        assertEquals(first.files(), second.parsed());
        assertEquals(json(first), json(second));

        Files.write(shard, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertEquals(Map.of(), ExtractionCache.read(cache, CacheCodec.FORMAT).entries(), "a truncated shard");
        assertEquals(json(first), json(cached()));
    }

    @Test
    void aCacheOfAnotherFormatIsIgnoredAndReplaced() throws Exception {
        shop();
        ScenarioExtractor.Extraction first = cached();
        for (int i = 0; i < ExtractionCache.SHARDS; i++) {
            Path shard = cache.resolve("shard-" + i + ".bin");
            byte[] bytes = Files.readAllBytes(shard);
            java.nio.ByteBuffer.wrap(bytes).putInt(4, CacheCodec.FORMAT + 1);
            Files.write(shard, bytes);
        }
        // and the JSON shards of format 1
        Files.writeString(cache.resolve("shard-0.json.gz"), "old");
        assertEquals(Map.of(), ExtractionCache.read(cache, CacheCodec.FORMAT).entries());
        ScenarioExtractor.Extraction second = cached();
        assertEquals(first.files(), second.parsed());
        assertEquals(json(first), json(second));
        assertFalse(Files.exists(cache.resolve("shard-0.json.gz")));
        assertEquals(first.files(), ExtractionCache.read(cache, CacheCodec.FORMAT).entries().size());
    }

    @Test
    void aDeletedFileLeavesTheCache() throws Exception {
        shop();
        cached();
        Files.delete(dir.resolve("src/test/java/shop/owner/PetTest.java"));
        ScenarioExtractor.Extraction second = cached();
        assertEquals(0, second.parsed());
        assertEquals(0, second.built());
        assertEquals(cold(Adapters.builtIn()), json(second));
        assertFalse(ExtractionCache.read(cache, CacheCodec.FORMAT).entries()
                .containsKey("src/test/java/shop/owner/PetTest.java"));
    }

    @Test
    void everyRecordTheCacheStoresIsEncodable() {
        // requireEncodable walks every record the entries reach and throws for a component type it cannot store
        dev.tracer.io.RecordCodec.requireEncodable(SourceModel.FileModel.class);
        dev.tracer.io.RecordCodec.requireEncodable(ScenarioBuilder.Built.class);
    }
}

package dev.tracer.scenario;

import dev.tracer.scenario.Adapters;
import dev.tracer.scenario.report.ScenarioJson;
import dev.tracer.scenario.report.ScenarioReport;
import dev.tracer.scenario.report.ScenarioReports;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenario extraction benchmark's driver (bench/scenarios-extract.sh runs it in a fresh JVM per measurement):
 * {@code generate DIR CLASSES METHODS} writes a corpus; {@code extract DIR THREADS} extracts it with the per-file
 * cache under DIR/target/tracer and prints one line of figures. Not a test.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "extract" -> extract(Path.of(args[1]), Integer.parseInt(args[2]));
            case "steady" -> steady(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void extract(Path dir, int threads) throws IOException {
        long t0 = System.nanoTime();
        ScenarioExtractor.Extraction e = ScenarioExtractor.extract(new ScenarioExtractor.Input("bench",
                List.of(dir.resolve("src/test/java")), List.of(dir.resolve("src/main/java")), dir,
                dir.resolve("target/tracer/scenario-cache"), Adapters.builtIn(), threads));
        ScenarioReport report = ScenarioReports.build(List.of(e), e.scenarios(), null, e.durationMs());
        Path out = dir.resolve("target/tracer/scenarios.json");
        ScenarioJson.writeFile(out, report);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        int steps = report.scenarios().stream().mapToInt(s -> s.flow().size()).sum();
        long cpuMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.printf("files=%d parsed=%d built=%d scenarios=%d steps=%d nodes=%d warnings=%d extraction_ms=%d "
                        + "total_ms=%d files_per_s=%.0f heap_peak_mb=%d report_mb=%.1f phases_ms=%s process_cpu_ms=%d%n",
                e.files(), e.parsed(), e.built(), report.scenarios().size(), steps, report.nodeIndex().size(),
                report.warnings().size(), e.durationMs(), ms, e.files() * 1000.0 / Math.max(1, e.durationMs()),
                peak >> 20, Files.size(out) / 1048576.0, java.util.Arrays.toString(e.phasesMs()), cpuMs);
    }

    /**
     * {@code rounds} cold extractions (no cache) one after another in this JVM, as JMH's iterations would be: the
     * first is a fresh JVM's, the later ones a warmed-up JVM's (a long-lived Maven daemon), whose JIT compilation is
     * done. Prints each round's files/s and the median of the second half.
     */
    private static void steady(Path dir, int threads, int rounds) throws IOException {
        List<Double> rates = new java.util.ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            ScenarioExtractor.Extraction e = ScenarioExtractor.extract(new ScenarioExtractor.Input("bench",
                    List.of(dir.resolve("src/test/java")), List.of(dir.resolve("src/main/java")), dir, null,
                    Adapters.builtIn(), threads));
            double rate = e.files() * 1000.0 / Math.max(1, e.durationMs());
            rates.add(rate);
            System.out.printf("round %d: files=%d parsed=%d extraction_ms=%d files_per_s=%.0f%n", round, e.files(),
                    e.parsed(), e.durationMs(), rate);
        }
        List<Double> later = new java.util.ArrayList<>(rates.subList(rates.size() / 2, rates.size()));
        later.sort(null);
        System.out.printf("steady state (median of rounds %d-%d): files_per_s=%.0f%n", rates.size() / 2 + 1,
                rates.size(), later.get(later.size() / 2));
    }

    private static void generate(Path dir, int classes, int methods) throws IOException {
        int services = Math.max(1, classes / 25);
        for (int s = 0; s < services; s++) {
            String pkg = "bench.p" + (s % 20);
            write(dir.resolve("src/main/java/" + pkg.replace('.', '/') + "/Service" + s + ".java"), """
                    package %1$s;

                    import java.util.List;
                    import org.springframework.stereotype.Service;

                    @Service
                    public class Service%2$d {
                        private final Repo%2$d repo;
                        public Service%2$d(Repo%2$d repo) { this.repo = repo; }
                        public Item%2$d find(int id) { return repo.findById(id); }
                        public int total(List<Integer> values) {
                            int sum = 0;
                            for (int v : values) { sum += v; }
                            return sum;
                        }
                        public Item%2$d create(String name) { return repo.save(new Item%2$d(name)); }
                    }
                    """.formatted(pkg, s));
            write(dir.resolve("src/main/java/" + pkg.replace('.', '/') + "/Repo" + s + ".java"), """
                    package %1$s;

                    public interface Repo%2$d {
                        Item%2$d findById(int id);
                        Item%2$d save(Item%2$d item);
                    }
                    """.formatted(pkg, s));
            write(dir.resolve("src/main/java/" + pkg.replace('.', '/') + "/Item" + s + ".java"), """
                    package %1$s;

                    public record Item%2$d(String name) {
                        public String label() { return "item " + name; }
                    }
                    """.formatted(pkg, s));
        }
        for (int c = 0; c < classes; c++) {
            int s = c % services;
            String pkg = "bench.p" + (s % 20);
            StringBuilder body = new StringBuilder();
            for (int m = 0; m < methods; m++) {
                body.append("""

                            @Test
                            @DisplayName("case %2$d of class %1$d")
                            void case%2$d() {
                                when(repo.findById(%2$d)).thenReturn(new Item%3$d("n%2$d"));
                                var item = service.find(%2$d);
                                assertEquals("n%2$d", item.name());
                                assertThat(item.label()).startsWith("item").endsWith("%2$d");
                                int total = service.total(List.of(1, 2, %2$d));
                                assertTrue(total > 0, () -> "total " + total);
                                verify(repo).findById(%2$d);
                            }
                        """.formatted(c, m, s));
            }
            write(dir.resolve("src/test/java/" + pkg.replace('.', '/') + "/Generated" + c + "Test.java"), """
                    package %1$s;

                    import static org.assertj.core.api.Assertions.assertThat;
                    import static org.junit.jupiter.api.Assertions.assertEquals;
                    import static org.junit.jupiter.api.Assertions.assertTrue;
                    import static org.mockito.Mockito.mock;
                    import static org.mockito.Mockito.verify;
                    import static org.mockito.Mockito.when;

                    import java.util.List;
                    import org.junit.jupiter.api.BeforeEach;
                    import org.junit.jupiter.api.DisplayName;
                    import org.junit.jupiter.api.Tag;
                    import org.junit.jupiter.api.Test;

                    /** Generated test class %2$d. */
                    @Tag("generated")
                    class Generated%2$dTest {
                        private Repo%3$d repo;
                        private Service%3$d service;

                        @BeforeEach
                        void setUp() {
                            repo = mock(Repo%3$d.class);
                            service = new Service%3$d(repo);
                        }
                    %4$s}
                    """.formatted(pkg, c, s, body));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

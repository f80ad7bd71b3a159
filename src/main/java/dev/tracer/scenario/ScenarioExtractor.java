package dev.tracer.scenario;

import dev.tracer.scenario.SourceModel.FileModel;
import dev.tracer.scenario.SourceModel.Problem;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.source.JavaSources;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Extracts a module's scenarios from its sources: lists the {@code .java} files of the test and main source roots,
 * parses those whose content changed since the cached run (in parallel, one parser per thread, a compact model per
 * file), builds the node index from the main sources, and the scenarios from the test sources.
 */
public final class ScenarioExtractor {

    /**
     * @param module        the Maven artifactId
     * @param testRoots     the test compile source roots (generated ones included); missing ones are skipped
     * @param mainRoots     the compile source roots
     * @param executionRoot paths in the report are relative to it
     * @param cacheFile     the per-file cache, or null for none
     * @param threads       parser threads
     */
    public record Input(String module, List<Path> testRoots, List<Path> mainRoots, Path executionRoot, Path cacheFile,
            List<ScenarioAdapter> adapters, int threads) {
    }

    /**
     * @param warnings sorted: files that did not parse (file and line), names not resolved
     * @param files    how many source files were read; {@code parsed} of them were parsed (the others came from
     *                 the cache)
     * @param phasesMs wall time of listing and reading the cache, reading/parsing the files, building the
     *                 scenarios, writing the cache (for the benchmark and debug logs)
     */
    public record Extraction(String module, List<Scenario> scenarios, NodeIndex.Index index, List<String> warnings,
            int files, int parsed, long durationMs, long[] phasesMs) {
    }

    private record Source(Path path, String relative, boolean test) {
    }

    private ScenarioExtractor() {
    }

    public static Extraction extract(Input input) throws IOException {
        long t0 = System.nanoTime();
        Path root = input.executionRoot().toAbsolutePath().normalize();
        List<Source> sources = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path r : input.mainRoots()) {
            list(r, root, false, sources, seen);
        }
        for (Path r : input.testRoots()) {
            list(r, root, true, sources, seen);
        }
        Map<String, ExtractionCache.Entry> cache = ExtractionCache.read(input.cacheFile());
        long t1 = System.nanoTime();
        Map<String, ExtractionCache.Entry> entries = new HashMap<>();
        int threads = Math.max(1, input.threads());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tracer-scenarios");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<SourceParser> parsers = ThreadLocal.withInitial(() -> new SourceParser(JavaSources.newParser()));
        List<FileModel> models = new ArrayList<>(sources.size());
        int parsed = 0;
        try {
            List<Future<Object[]>> futures = new ArrayList<>(sources.size());
            for (Source source : sources) {
                futures.add(pool.submit(() -> {
                    byte[] bytes = Files.readAllBytes(source.path());
                    String hash = hash(bytes, source.test());
                    ExtractionCache.Entry cached = cache.get(source.relative());
                    if (cached != null && hash.equals(cached.hash()) && cached.model() != null) {
                        return new Object[] {cached, Boolean.FALSE};
                    }
                    String text = JavaSources.decode(bytes);
                    SourceParser parser = parsers.get();
                    FileModel model = source.test() ? new FileModel(parser.parseTest(text), null)
                            : new FileModel(null, parser.parseMain(text));
                    return new Object[] {new ExtractionCache.Entry(hash, model), Boolean.TRUE};
                }));
            }
            for (int i = 0; i < sources.size(); i++) {
                Object[] result = get(futures.get(i));
                ExtractionCache.Entry entry = (ExtractionCache.Entry) result[0];
                if ((Boolean) result[1]) {
                    parsed++;
                }
                entries.put(sources.get(i).relative(), entry);
                models.add(entry.model());
            }
            long t2 = System.nanoTime();
            List<String> warnings = new ArrayList<>();
            List<NodeIndex.Parsed> mains = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                FileModel model = models.get(i);
                List<Problem> problems = source.test() ? model.test().problems() : model.main().problems();
                for (Problem problem : problems) {
                    warnings.add(source.relative() + ":" + problem.line() + ": " + problem.message()
                            + " (JavaParser could not parse the file; it is left out)");
                }
                if (!source.test()) {
                    mains.add(new NodeIndex.Parsed(source.relative(), model.main()));
                }
            }
            NodeIndex.Index index = NodeIndex.build(mains);
            ScenarioBuilder builder = new ScenarioBuilder(index, input.adapters(), input.module());
            List<Future<ScenarioBuilder.Built>> built = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                if (source.test()) {
                    FileModel model = models.get(i);
                    built.add(pool.submit(() -> builder.build(model.test(), source.relative())));
                }
            }
            List<Scenario> scenarios = new ArrayList<>();
            for (Future<ScenarioBuilder.Built> future : built) {
                ScenarioBuilder.Built b = get(future);
                scenarios.addAll(b.scenarios());
                warnings.addAll(b.warnings());
            }
            scenarios = unique(scenarios);
            warnings = warnings.stream().distinct().sorted().toList();
            long t3 = System.nanoTime();
            if (input.cacheFile() != null && parsed > 0) {
                try {
                    ExtractionCache.write(input.cacheFile(), entries);
                } catch (IOException e) {
                    warnings = new ArrayList<>(warnings);
                    warnings.add("cannot write the scenario cache " + input.cacheFile() + ": " + e.getMessage());
                }
            }
            long t4 = System.nanoTime();
            return new Extraction(input.module(), scenarios, index, warnings, sources.size(), parsed,
                    (t4 - t0) / 1_000_000, new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000});
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sorted by id; a second scenario with the same id (an overload) gets {@code @line} appended. */
    private static List<Scenario> unique(List<Scenario> scenarios) {
        List<Scenario> sorted = new ArrayList<>(scenarios);
        sorted.sort(Comparator.comparing(Scenario::id).thenComparing(Scenario::sourceFile).thenComparingInt(
                Scenario::line));
        Set<String> ids = new java.util.HashSet<>();
        List<Scenario> out = new ArrayList<>(sorted.size());
        for (Scenario s : sorted) {
            if (!ids.add(s.id())) {
                s = new Scenario(s.id() + "@" + s.line(), s.name(), s.displayName(), s.category(), s.module(),
                        s.sourceFile(), s.line(), s.flow(), s.nodes(), s.graphPath(), s.tests(), s.tags(),
                        s.evidenceMode(), s.evidence());
            }
            out.add(s);
        }
        out.sort(Comparator.comparing(Scenario::id));
        return out;
    }

    private static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void list(Path sourceRoot, Path root, boolean test, List<Source> out, Set<Path> seen)
            throws IOException {
        Path dir = sourceRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java")
                            && !p.getFileName().toString().equals("package-info.java"))
                    .sorted().toList();
        }
        for (Path file : files) {
            if (seen.add(file)) {
                out.add(new Source(file, relative(root, file), test));
            }
        }
    }

    static String relative(Path root, Path file) {
        String path;
        try {
            path = root.relativize(file).toString();
        } catch (IllegalArgumentException e) {
            path = file.toString();
        }
        return File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/');
    }

    private static String hash(byte[] bytes, boolean test) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((byte) (test ? 't' : 'm'));
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.tracer.scenario;

import dev.tracer.io.DisplayPaths;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.scenario.cache.CodeIdentity;
import dev.tracer.scenario.cache.ExtractionCache;
import dev.tracer.scenario.parse.NodeIndex;
import dev.tracer.scenario.parse.SourceModel.FileModel;
import dev.tracer.scenario.parse.SourceModel.Problem;
import dev.tracer.scenario.parse.SourceParser;
import dev.tracer.source.JavaSources;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Extracts a module's scenarios from its sources: lists the {@code .java} files of the test and main source roots,
 * parses those whose content changed since the cached run (in parallel, one parser per thread, a compact model per
 * file), builds the node index from the main sources, and the scenarios from the test sources. A test file's
 * scenarios come from the cache ({@link ExtractionCache}) when neither it nor anything its build depends on (the
 * build key: main sources, adapters, module) changed; the result is the same as without a cache.
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
     * @param built    how many test files had their scenarios built (the others' came from the cache)
     * @param phasesMs wall time of: listing the files and reading the cache; reading, hashing and parsing the main
     *                 files and building the node index; the test files (read, hashed, parsed and built, or their
     *                 results decoded from the cache; they start alongside the main files and wait for the index
     *                 only to be built); writing the cache (for the benchmark and debug logs)
     */
    public record Extraction(String module, List<Scenario> scenarios, NodeIndex.Index index, List<String> warnings,
            int files, int parsed, int built, long durationMs, long[] phasesMs) {
    }

    private record Source(Path path, String relative, boolean test) {
    }

    private ScenarioExtractor() {
    }

    /**
     * What became of one source file: its hash, its model (null while a test file's cached result may do), and its
     * cache entry as read or as it will be written.
     */
    private static final class FileState {
        final Source source;
        String hash;
        FileModel model;
        ExtractionCache.Entry cached;
        boolean parsed;
        boolean built;

        FileState(Source source) {
            this.source = source;
        }
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
        boolean caching = input.cacheFile() != null;
        ExtractionCache.Contents cache = ExtractionCache.read(input.cacheFile(), CacheCodec.FORMAT);
        long t1 = System.nanoTime();
        int threads = Math.max(1, input.threads());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tracer-scenarios");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<SourceParser> parsers = ThreadLocal.withInitial(() -> new SourceParser(JavaSources.newParser()));
        CompletableFuture<Context> context = new CompletableFuture<>();
        try {
            // Main files first: read, hash, and parsed unless cached (their models make the node index). Test files
            // are read, hashed and parsed (unless cached) alongside; each then waits for the index and is built (or
            // its cached result decoded) at once, so that test models never pile up in memory.
            List<Future<FileState>> mainFutures = new ArrayList<>();
            List<Future<ScenarioBuilder.Built>> testFutures = new ArrayList<>();
            List<FileState> states = new ArrayList<>(sources.size());
            for (Source source : sources) {
                FileState state = new FileState(source);
                states.add(state);
                if (source.test()) {
                    testFutures.add(pool.submit(() -> {
                        read(state, cache, parsers, caching);
                        return result(state, context.join(), parsers, caching);
                    }));
                } else {
                    mainFutures.add(pool.submit(() -> read(state, cache, parsers, caching)));
                }
            }
            List<String> warnings = new ArrayList<>();
            List<NodeIndex.Parsed> mains = new ArrayList<>();
            NodeIndex.Index index;
            String buildKey;
            boolean sameKey;
            try {
                for (Future<FileState> future : mainFutures) {
                    FileState state = get(future);
                    warnings.addAll(problems(state.source, state.model.main().problems()));
                    mains.add(new NodeIndex.Parsed(state.source.relative(), state.model.main()));
                }
                index = NodeIndex.build(mains);
                buildKey = caching ? buildKey(input, states) : null;
                sameKey = buildKey != null && buildKey.equals(cache.buildKey());
                context.complete(new Context(new ScenarioBuilder(index, input.adapters(), input.module()), sameKey));
            } catch (IOException | RuntimeException | Error e) {
                context.completeExceptionally(e);
                throw e;
            }
            long t2 = System.nanoTime();
            List<Scenario> scenarios = new ArrayList<>();
            for (Future<ScenarioBuilder.Built> future : testFutures) {
                ScenarioBuilder.Built b = get(future);
                scenarios.addAll(b.scenarios());
                warnings.addAll(b.warnings());
            }
            int parsed = 0;
            int rebuilt = 0;
            for (FileState state : states) {
                parsed += state.parsed ? 1 : 0;
                rebuilt += state.built ? 1 : 0;
            }
            scenarios = unique(scenarios);
            warnings = warnings.stream().distinct().sorted().toList();
            long t3 = System.nanoTime();
            if (caching && (parsed > 0 || rebuilt > 0 || cache.entries().size() != states.size() || !sameKey)) {
                Map<String, ExtractionCache.Entry> entries = new HashMap<>(states.size() * 4 / 3 + 1);
                for (FileState state : states) {
                    entries.put(state.source.relative(), state.cached);
                }
                try {
                    ExtractionCache.write(input.cacheFile(), CacheCodec.FORMAT, buildKey, entries);
                } catch (IOException e) {
                    warnings = new ArrayList<>(warnings);
                    warnings.add("cannot write the scenario cache " + input.cacheFile() + ": " + e.getMessage());
                }
            }
            long t4 = System.nanoTime();
            return new Extraction(input.module(), scenarios, index, warnings, sources.size(), parsed, rebuilt,
                    (t4 - t0) / 1_000_000, new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000});
        } finally {
            context.completeExceptionally(new java.util.concurrent.CancellationException());
            pool.shutdownNow();
        }
    }

    /** What building a test file needs once the main files are read. */
    private record Context(ScenarioBuilder builder, boolean sameKey) {
    }

    /**
     * Reads and hashes a file; takes its model from the cache when its hash is unchanged (a test file's stays
     * encoded: its cached result may do), else parses it.
     */
    private static FileState read(FileState state, ExtractionCache.Contents cache, ThreadLocal<SourceParser> parsers,
            boolean caching) throws IOException {
        Source source = state.source;
        byte[] bytes = Files.readAllBytes(source.path());
        state.hash = hash(bytes, source.test());
        ExtractionCache.Entry cached = cache.entries().get(source.relative());
        if (cached != null && state.hash.equals(cached.hash())) {
            if (!source.test()) {
                state.model = decodeOrNull(cached.model());
            }
            if (source.test() || state.model != null) {
                state.cached = cached;
                return state;
            }
        }
        parse(state, bytes, parsers.get(), caching);
        return state;
    }

    private static void parse(FileState state, byte[] bytes, SourceParser parser, boolean caching) {
        String text = JavaSources.decode(bytes);
        state.model = state.source.test() ? new FileModel(parser.parseTest(text), null)
                : new FileModel(null, parser.parseMain(text));
        state.parsed = true;
        state.cached = caching ? new ExtractionCache.Entry(state.hash, CacheCodec.encodeModel(state.model), null)
                : null;
    }

    /**
     * A test file's scenarios and warnings (its parse problems', then the builder's): decoded from its cache entry
     * when {@code reuse}, else built from its model (decoded from the entry when the file was not parsed), and then
     * stored in its entry.
     */
    private static ScenarioBuilder.Built result(FileState state, Context context, ThreadLocal<SourceParser> parsers,
            boolean caching) throws IOException {
        if (context.sameKey() && !state.parsed && state.cached.result() != null) {
            try {
                return CacheCodec.decodeResult(state.cached.result());
            } catch (IllegalArgumentException e) {
                // a corrupt entry: build it again
            }
        }
        if (state.model == null) {
            state.model = decodeOrNull(state.cached.model());
            if (state.model == null) {
                // the cached model is corrupt: parse the file again
                parse(state, Files.readAllBytes(state.source.path()), parsers.get(), caching);
            }
        }
        FileModel model = state.model;
        state.model = null;
        state.built = true;
        ScenarioBuilder.Built b = context.builder().build(model.test(), state.source.relative());
        List<String> warnings = problems(state.source, model.test().problems());
        if (!warnings.isEmpty()) {
            warnings = new ArrayList<>(warnings);
            warnings.addAll(b.warnings());
            b = new ScenarioBuilder.Built(b.scenarios(), warnings);
        }
        if (caching) {
            state.cached = new ExtractionCache.Entry(state.hash, state.cached.model(),
                    CacheCodec.encodeResult(b));
        }
        return b;
    }

    private static FileModel decodeOrNull(ExtractionCache.Blob blob) {
        try {
            return blob == null ? null : CacheCodec.decodeModel(blob);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> problems(Source source, List<Problem> problems) {
        List<String> warnings = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            warnings.add(source.relative() + ":" + problem.line() + ": " + problem.message()
                    + " (JavaParser could not parse the file; it is left out)");
        }
        return warnings;
    }

    /**
     * What a test file's built scenarios depend on besides its content (see {@link ExtractionCache}): the cache
     * format, the module name, the code of Tracer and of each adapter in effect (in order), and the main sources
     * (path and content hash, in the order the node index reads them).
     */
    static String buildKey(Input input, List<FileState> states) {
        MessageDigest digest = sha256();
        StringBuilder key = new StringBuilder();
        key.append("format ").append(CacheCodec.FORMAT).append('\n');
        key.append("module ").append(input.module()).append('\n');
        key.append("tracer ").append(CodeIdentity.of(ScenarioBuilder.class)).append('\n');
        for (ScenarioAdapter adapter : input.adapters()) {
            key.append("adapter ").append(adapter.getClass().getName()).append(' ').append(adapter.name())
                    .append(' ').append(CodeIdentity.of(adapter.getClass())).append('\n');
        }
        digest.update(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (FileState state : states) {
            if (!state.source.test()) {
                digest.update((state.source.relative() + "\u0000" + state.hash + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
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
                out.add(new Source(file, DisplayPaths.relative(root, file), test));
            }
        }
    }

    private static String hash(byte[] bytes, boolean test) {
        MessageDigest digest = sha256();
        digest.update((byte) (test ? 't' : 'm'));
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

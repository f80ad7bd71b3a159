package dev.tracer.coverage;

import dev.tracer.io.DisplayPaths;
import dev.tracer.model.CoverageCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.data.ExecutionDataStore;

/** Analyzes a module's class files against merged execution data, with jacoco-core, as {@code jacoco:report} does. */
public final class CoverageAnalyzer {

    /**
     * A module's class files and where its sources are.
     *
     * @param module      the Maven artifactId
     * @param classesDir  the compiled classes ({@code target/classes}); need not exist
     * @param sourceRoots the compile source roots, to find each class's source file
     */
    public record ModuleClasses(String module, Path classesDir, List<Path> sourceRoots) {
        public ModuleClasses {
            sourceRoots = List.copyOf(sourceRoots);
        }
    }

    private CoverageAnalyzer() {
    }

    /** How many class files {@link #warmUp} analyzes: enough for the JIT, little for a large module. */
    static final int WARM_UP_CLASSES = 100;

    /**
     * Analyzes some of the module's class files against no execution data and drops the result: loads and compiles
     * JaCoCo's analyzer, which takes a cold JVM about as long as analyzing a hundred classes does warm. For a caller
     * with an idle thread while the tests run.
     */
    public static void warmUp(Path classesDir) throws IOException {
        if (!Files.isDirectory(classesDir)) {
            return;
        }
        List<Path> classFiles;
        try (var files = Files.walk(classesDir)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).limit(WARM_UP_CLASSES).toList();
        }
        Analyzer analyzer = new Analyzer(new ExecutionDataStore(), new CoverageBuilder());
        for (Path file : classFiles) {
            try (var in = Files.newInputStream(file)) {
                analyzer.analyzeClass(in, file.toString());
            }
        }
    }

    /**
     * @param executionRoot the directory Maven ran in; source files are named relative to it
     * Classes without code are left out, as in JaCoCo's CSV report.
     *
     * @throws IOException when a class file cannot be read (JaCoCo names it)
     */
    public static ModuleCoverage analyze(ModuleClasses module, ExecutionDataStore store, ClassFilter filter,
            Path executionRoot) throws IOException {
        CoverageBuilder builder = new CoverageBuilder();
        if (Files.isDirectory(module.classesDir())) {
            new Analyzer(store, builder).analyzeAll(module.classesDir().toFile());
        }
        List<ClassResult> classes = new ArrayList<>();
        List<String> noMatch = new ArrayList<>();
        for (IClassCoverage c : builder.getClasses()) {
            String className = c.getName().replace('/', '.');
            // A class without code (an interface of abstract methods, javac's synthetic switch map) is not a row of
            // jacoco.csv either.
            if (!filter.counts(className) || c.getInstructionCounter().getTotalCount() == 0) {
                continue;
            }
            if (c.isNoMatch()) {
                noMatch.add(className);
            }
            classes.add(result(module, c, className, executionRoot));
        }
        return new ModuleCoverage(module.module(), classes, noMatch);
    }

    private static ClassResult result(ModuleClasses module, IClassCoverage c, String className, Path executionRoot) {
        Map<CoverageCounter, Counts> counters = new EnumMap<>(CoverageCounter.class);
        counters.put(CoverageCounter.LINE, counts(c.getLineCounter()));
        counters.put(CoverageCounter.BRANCH, counts(c.getBranchCounter()));
        counters.put(CoverageCounter.INSTRUCTION, counts(c.getInstructionCounter()));
        counters.put(CoverageCounter.METHOD, counts(c.getMethodCounter()));
        counters.put(CoverageCounter.CLASS, counts(c.getClassCounter()));
        List<Integer> covered = new ArrayList<>();
        List<Integer> partly = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        if (c.getFirstLine() != org.jacoco.core.analysis.ISourceNode.UNKNOWN_LINE) {
            for (int line = c.getFirstLine(); line <= c.getLastLine(); line++) {
                switch (c.getLine(line).getStatus()) {
                    case ICounter.FULLY_COVERED -> covered.add(line);
                    case ICounter.PARTLY_COVERED -> partly.add(line);
                    case ICounter.NOT_COVERED -> missed.add(line);
                    default -> {
                    }
                }
            }
        }
        return new ClassResult(module.module(), className, sourceFile(module, c, executionRoot), counters, covered,
                partly, missed);
    }

    private static String sourceFile(ModuleClasses module, IClassCoverage c, Path executionRoot) {
        if (c.getSourceFileName() == null) {
            return null;
        }
        String relative = c.getPackageName().isEmpty() ? c.getSourceFileName()
                : c.getPackageName() + "/" + c.getSourceFileName();
        for (Path root : module.sourceRoots()) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return DisplayPaths.relative(executionRoot, candidate);
            }
        }
        return relative;
    }

    private static Counts counts(ICounter counter) {
        return new Counts(counter.getCoveredCount(), counter.getTotalCount());
    }
}

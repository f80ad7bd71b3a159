package dev.tracer.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.ClassCoverage;
import dev.tracer.model.Coverage;
import dev.tracer.model.CoverageCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageAnalyzerTest {
    private static final String SAMPLE = Sample.class.getName();

    @TempDir
    Path dir;

    private ModuleCoverage analyze(ClassFilter filter, Path... execFiles) throws Exception {
        return CoverageAnalyzer.analyze(new CoverageAnalyzer.ModuleClasses("m", dir.resolve("classes"),
                List.of(dir.resolve("src"))), ExecData.load(List.of(execFiles)), filter, dir);
    }

    @Test
    void countsLinesBranchesAndPartlyCoveredLinesAsJacocoDoes() throws Exception {
        Path exec = CoverageFixture.record(dir.resolve("classes"), dir.resolve("a.exec"), 5);
        ClassResult sample = analyze(ClassFilter.ALL, exec).byClass(SAMPLE).orElseThrow();
        // classify(5): line 9 takes 2 of its 4 branches, line 10 runs; the private empty constructor is filtered.
        assertEquals(List.of(10), sample.coveredLines());
        assertEquals(List.of(9), sample.partlyLines());
        assertEquals(List.of(12, 13, 15, 19), sample.missedLines());
        assertEquals(new Counts(2, 6), sample.counts(CoverageCounter.LINE));
        assertEquals(new Counts(2, 6), sample.counts(CoverageCounter.BRANCH));
        assertEquals(new Counts(1, 2), sample.counts(CoverageCounter.METHOD));
        assertEquals(ClassResult.LineStatus.PARTLY_COVERED, sample.line(9));
        assertEquals(ClassResult.LineStatus.NO_CODE, sample.line(11));
        assertEquals("dev/tracer/coverage/Sample.java", sample.sourceFile(), "no source root holds it");
    }

    @Test
    void mergesExecFilesOfSeveralRuns() throws Exception {
        Path first = CoverageFixture.record(dir.resolve("classes"), dir.resolve("a.exec"), 5);
        Path second = CoverageFixture.record(dir.resolve("classes"), dir.resolve("b.exec"), 500);
        ClassResult sample = analyze(ClassFilter.ALL, first, second).byClass(SAMPLE).orElseThrow();
        assertEquals(List.of(9, 12), sample.partlyLines(), "value <= 0 never ran");
        assertEquals(List.of(10, 13), sample.coveredLines());
        assertEquals(List.of(15, 19), sample.missedLines());
    }

    @Test
    void namesTheSourceFileRelativeToTheExecutionRoot() throws Exception {
        Path source = dir.resolve("src/dev/tracer/coverage/Sample.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "// source", StandardCharsets.UTF_8);
        Path exec = CoverageFixture.record(dir.resolve("classes"), dir.resolve("a.exec"), 5);
        assertEquals("src/dev/tracer/coverage/Sample.java",
                analyze(ClassFilter.ALL, exec).byClass(SAMPLE).orElseThrow().sourceFile());
    }

    @Test
    void excludesAndIncludesMatchClassNamesLikeJacocosAgent() throws Exception {
        Path exec = CoverageFixture.record(dir.resolve("classes"), dir.resolve("a.exec"), 5);
        assertTrue(analyze(new ClassFilter(List.of(), List.of("dev.tracer.*.Sam?le")), exec).classes().isEmpty());
        assertTrue(analyze(new ClassFilter(List.of("shop.*"), List.of()), exec).classes().isEmpty());
        assertEquals(1, analyze(new ClassFilter(List.of("*Sample"), List.of("*Cart*")), exec).classes().size());
    }

    @Test
    void aModuleWithoutClassesHasFullCoverageOfNothing() throws Exception {
        Path exec = CoverageFixture.record(dir.resolve("elsewhere"), dir.resolve("a.exec"), 5);
        ModuleCoverage none = analyze(ClassFilter.ALL, exec);
        assertTrue(none.classes().isEmpty());
        Coverage coverage = CoverageReport.of(List.of(none), CoverageCounter.LINE, 80.0, false, true);
        assertEquals(100.0, coverage.totalPercentage());
        assertEquals(0, coverage.totalLines());
        assertEquals(Boolean.TRUE, coverage.thresholdMet());
    }

    @Test
    void classesRecompiledSinceTheRunAreNoMatch() throws Exception {
        Path exec = CoverageFixture.record(dir.resolve("classes"), dir.resolve("a.exec"), 5);
        // Another build of the class: same name, different bytes, so a different class id.
        Path classFile = dir.resolve("classes").resolve(SAMPLE.replace('.', '/') + ".class");
        byte[] bytes = Files.readAllBytes(classFile);
        byte[] changed = java.util.Arrays.copyOf(bytes, bytes.length);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("negative");
        changed[at] = 'N';
        Files.write(classFile, changed);
        ModuleCoverage module = analyze(ClassFilter.ALL, exec);
        assertEquals(List.of(SAMPLE), module.noMatch());
        assertEquals(0, module.byClass(SAMPLE).orElseThrow().counts(CoverageCounter.LINE).covered());
    }

    @Test
    void missingEmptyAndCorruptExecFilesAreNamed() throws Exception {
        Path missing = dir.resolve("missing.exec");
        Path empty = dir.resolve("empty.exec");
        Path corrupt = dir.resolve("corrupt.exec");
        CoverageFixture.write(empty, new byte[0]);
        CoverageFixture.write(corrupt, "not exec data".getBytes(StandardCharsets.UTF_8));
        String m = assertThrows(CoverageException.class, () -> ExecData.load(List.of(missing))).getMessage();
        assertTrue(m.contains(missing + " does not exist"), m);
        m = assertThrows(CoverageException.class, () -> ExecData.load(List.of(empty))).getMessage();
        assertTrue(m.contains(empty + " is empty"), m);
        m = assertThrows(CoverageException.class, () -> ExecData.load(List.of(corrupt))).getMessage();
        assertTrue(m.contains(corrupt + " is not JaCoCo execution data"), m);
    }

    @Test
    void documentListsClassesBelowFullCoverageUnlessAllAndNamesTheWorstBelowThreshold() throws Exception {
        Path exec = CoverageFixture.record(dir.resolve("classes"), dir.resolve("a.exec"), 5);
        List<ModuleCoverage> modules = List.of(analyze(ClassFilter.ALL, exec));
        Coverage coverage = CoverageReport.of(modules, CoverageCounter.LINE, 50.0, false, true);
        assertEquals(33.33, coverage.totalPercentage());
        assertEquals(Boolean.FALSE, coverage.thresholdMet());
        ClassCoverage c = coverage.classes().get(0);
        assertEquals(List.of(12, 13, 15, 19), c.uncoveredLines());
        assertEquals(List.of(9), c.partialLines());
        assertEquals(33.33, c.percentage());
        assertEquals("Coverage is 33.33% (LINE), below -Dtracer.coverThreshold=50. Classes that miss most: "
                + SAMPLE + " (4 of 6 missed, 33.33%). Report: r.json",
                CoverageReport.belowThreshold(coverage, modules, "r.json"));
        Coverage methods = CoverageReport.of(modules, CoverageCounter.METHOD, null, false, false);
        assertEquals(50.0, methods.totalPercentage());
        assertEquals(null, methods.classes());
        assertEquals(null, methods.thresholdMet());
    }
}

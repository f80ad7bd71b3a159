package dev.tracer.report;

import dev.tracer.config.Messages;
import dev.tracer.model.ClassFailure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.Summary;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Turns module results into the document a view asks for: counts over everything, tests as selected, sorted. */
public final class DocumentBuilder {

    /** Tests by file, line, name (numbers in names by value), then id; a test without file or line sorts last. */
    static final Comparator<TestCase> TEST_ORDER = Comparator
            .comparing(TestCase::file, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(TestCase::line, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(TestCase::name, Comparator.nullsLast(NaturalOrder.INSTANCE))
            .thenComparing(TestCase::id, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    static final Comparator<ClassFailure> CLASS_FAILURE_ORDER = Comparator
            .comparing(ClassFailure::className, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(ClassFailure::module, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private DocumentBuilder() {
    }

    /**
     * @param all every test when true, otherwise failed and invalid tests only
     */
    public static TestDocument build(List<ModuleResult> modules, boolean all) {
        List<TestCase> everything = new ArrayList<>();
        List<ClassFailure> classFailures = new ArrayList<>();
        TreeSet<String> warnings = new TreeSet<>();
        long duration = 0;
        boolean multiModule = modules.size() > 1;
        for (ModuleResult module : modules) {
            everything.addAll(module.tests());
            classFailures.addAll(module.classFailures());
            for (String warning : module.warnings()) {
                warnings.add(multiModule ? module.module() + ": " + warning : warning);
            }
            duration += module.durationMs();
        }
        Summary summary = summarize(everything, classFailures, duration);
        List<TestCase> shown = everything.stream()
                .filter(view(all))
                .sorted(TEST_ORDER)
                .toList();
        classFailures.sort(CLASS_FAILURE_ORDER);
        String hint = summary.total() == 0 ? Messages.noTests() : null;
        return new TestDocument(TestDocument.VERSION, summary, shown, classFailures, new ArrayList<>(warnings), hint);
    }

    /** Which tests a document shows: every test, or failed and invalid ones. */
    public static Predicate<TestCase> view(boolean all) {
        return all ? test -> true : test -> test.state().isProblem();
    }

    static Summary summarize(List<TestCase> tests, List<ClassFailure> classFailures, long durationMs) {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        int invalid = 0;
        for (TestCase test : tests) {
            switch (test.state()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
                case INVALID -> invalid++;
            }
        }
        // A class that failed outside its tests (an @AfterAll, say) fails the run even when every test passed,
        // as it fails `mvn test`.
        boolean bad = failed > 0 || invalid > 0 || !classFailures.isEmpty();
        return new Summary(tests.size(), passed, failed, skipped, invalid, null, null, durationMs,
                bad ? Summary.FAILED : Summary.PASSED);
    }

    /** True when the run should fail the build. */
    public static boolean failed(TestDocument document) {
        return Summary.FAILED.equals(document.summary().result());
    }

    /** Counts by state, for messages. */
    public static int count(List<TestCase> tests, TestState state) {
        return (int) tests.stream().filter(t -> t.state() == state).count();
    }
}

package dev.tracer.report;

import dev.tracer.messages.Messages;
import dev.tracer.model.ClassFailure;
import dev.tracer.model.ErrorGroup;
import dev.tracer.model.Failure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.SkippedClass;
import dev.tracer.model.Summary;
import dev.tracer.model.SurefireTotals;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

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

    /** The document of a run as {@code view} shows it. */
    public static TestDocument build(List<ModuleResult> modules, View view) {
        return build(modules, view, false);
    }

    /**
     * @param failOnFlaky flaky tests make the result {@code failed} ({@code tracer.failOnFlaky})
     */
    public static TestDocument build(List<ModuleResult> modules, View view, boolean failOnFlaky) {
        List<TestCase> everything = new ArrayList<>();
        List<TestCase> flaky = new ArrayList<>();
        RetrySummary retry = null;
        List<ClassFailure> classFailures = new ArrayList<>();
        List<SkippedClass> skippedClasses = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        SurefireTotals surefire = null;
        boolean surefireComplete = true;
        TreeSet<String> warnings = new TreeSet<>();
        long duration = 0;
        boolean multiModule = modules.size() > 1;
        for (ModuleResult module : modules) {
            for (TestCase test : module.tests()) {
                everything.add(filteredOut(test, view.filterOut()) ? test.withFiltered(true) : test);
            }
            flaky.addAll(module.flaky());
            if (module.retry() != null) {
                retry = retry == null ? module.retry() : retry.plus(module.retry());
            }
            classFailures.addAll(module.classFailures());
            skippedClasses.addAll(module.skippedClasses());
            for (String error : module.errors()) {
                errors.add(multiModule ? module.module() + ": " + error : error);
            }
            if (module.surefire() == null) {
                surefireComplete = surefireComplete && module.tests().isEmpty() && module.flaky().isEmpty();
            } else {
                surefire = module.surefire().plus(surefire);
            }
            for (String warning : module.warnings()) {
                warnings.add(multiModule ? module.module() + ": " + warning : warning);
            }
            duration += module.durationMs();
        }
        everything.sort(TEST_ORDER);
        flaky.sort(TEST_ORDER);
        classFailures.sort(CLASS_FAILURE_ORDER);
        skippedClasses.sort(Comparator.comparing(SkippedClass::className)
                .thenComparing(SkippedClass::module, Comparator.nullsLast(Comparator.<String>naturalOrder())));
        List<TestCase> problems = everything.stream().filter(t -> t.state().isProblem()).toList();
        Summary summary = summarize(everything, classFailures, duration, view.filterOut().isEmpty());
        int countedClasses = (int) skippedClasses.stream().filter(c -> Boolean.TRUE.equals(c.counted())).count();
        if (countedClasses > 0) {
            // Surefire's JUnit 4 provider counts a class aborted in @BeforeClass as one skipped test: so does this.
            summary = new Summary(summary.total() + countedClasses, summary.passed(), summary.failed(),
                    summary.skipped() + countedClasses, summary.invalid(), summary.flaky(), summary.filtered(),
                    summary.durationMs(), summary.result());
        }
        if (retry != null) {
            // A flaky test passed in the end: it counts as passed, as Surefire counts a flake.
            boolean failed = Summary.FAILED.equals(summary.result()) || failOnFlaky && !flaky.isEmpty();
            summary = new Summary(summary.total() + flaky.size(), summary.passed() + flaky.size(), summary.failed(),
                    summary.skipped(), summary.invalid(), flaky.size(), summary.filtered(), summary.durationMs(),
                    failed ? Summary.FAILED : Summary.PASSED);
        }
        if (!errors.isEmpty()) {
            summary = summary.withResult(Summary.FAILED);
        }
        if (surefire != null && surefireComplete && differs(surefire, summary)) {
            summary = summary.withSurefire(surefire);
        }
        String hint = !errors.isEmpty() ? Messages.runErrorsHint(errors.size())
                : summary.total() == 0 ? Messages.noTests() : null;
        if (view.summaryOnly()) {
            return new TestDocument(TestDocument.VERSION, summary, null, null, retry, null, null, errors, null, null,
                    null, null, hint);
        }
        List<TestCase> shown = view.firstFailure() ? problems.stream().limit(1).toList()
                : view.all() ? everything : problems;
        List<ErrorGroup> groups = view.groupByError() ? ErrorGroups.of(problems) : null;
        return new TestDocument(TestDocument.VERSION, summary, shown, flaky, retry, classFailures, skippedClasses,
                errors, groups, null, null, new ArrayList<>(warnings), hint);
    }

    /** Whether Surefire's totals differ from the document's counts (tests, failed and invalid, skipped). */
    static boolean differs(SurefireTotals surefire, Summary summary) {
        return surefire.tests() != summary.total()
                || surefire.failures() + surefire.errors() != summary.failed() + summary.invalid()
                || surefire.skipped() != summary.skipped();
    }

    static boolean filteredOut(TestCase test, List<String> patterns) {
        if (patterns.isEmpty() || !test.state().isProblem() || test.failures() == null) {
            return false;
        }
        for (Failure failure : test.failures()) {
            String message = failure.message();
            if (message != null && patterns.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    static Summary summarize(List<TestCase> tests, List<ClassFailure> classFailures, long durationMs,
            boolean noFilter) {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        int invalid = 0;
        int filtered = 0;
        for (TestCase test : tests) {
            if (Boolean.TRUE.equals(test.filtered())) {
                filtered++;
            }
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
        return new Summary(tests.size(), passed, failed, skipped, invalid, null,
                noFilter || filtered == 0 ? null : filtered, durationMs,
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

package dev.tracer.coordination;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.SkippedClass;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's part of a cached run: the tests it asked for, as the module result that {@code DocumentBuilder} turns
 * into the document a direct {@code tracer:test-json} with the same {@code -Dtest} would print. Every caller builds
 * its output this way, the runner included, so callers that asked for the same tests print the same document.
 */
public final class Replay {
    private Replay() {
    }

    /**
     * The run's result for {@code wanted}, or null when the run does not surely cover it (see {@link Selection}).
     * The run's document lists every test (the runner's build runs with {@code tracer.all}).
     */
    public static ModuleResult cut(RunRecord run, Selection wanted) {
        TestDocument doc = run.document();
        if (doc == null) {
            return null;
        }
        List<TestCase> everything = new ArrayList<>(doc.tests() == null ? List.of() : doc.tests());
        List<TestCase> flakyAll = doc.flaky() == null ? List.of() : doc.flaky();
        List<TestCase> ran = new ArrayList<>(everything);
        ran.addAll(flakyAll);
        Selection selection = run.selectionValue();
        List<TestCase> chosen = wanted.cut(selection, ran);
        if (chosen == null) {
            return null;
        }
        List<ClassFailure> classFailures = doc.classFailures() == null ? List.of() : doc.classFailures();
        List<String> warnings = doc.warnings() == null ? List.of() : doc.warnings();
        List<SkippedClass> skippedClasses = doc.skippedClasses() == null ? List.of() : doc.skippedClasses();
        // The run's errors hold for every request it serves: results may be missing for any selection.
        List<String> errors = doc.errors() == null ? List.of() : doc.errors();
        if (wanted.equals(selection)) {
            return new ModuleResult(module(ran), everything, classFailures, warnings, doc.summary().durationMs(),
                    flakyAll, doc.retry(), skippedClasses, errors, doc.summary().surefire());
        }
        List<TestCase> tests = everything.stream().filter(chosen::contains).toList();
        List<TestCase> flaky = flakyAll.stream().filter(chosen::contains).toList();
        List<ClassFailure> failures = classFailures.stream().filter(wanted::matchesClass).toList();
        long duration = chosen.stream().mapToLong(TestCase::durationMs).sum();
        RetrySummary retry = null;
        int problems = (int) tests.stream().filter(t -> t.state().isProblem()).count();
        if (doc.retry() != null && problems + flaky.size() > 0) {
            retry = new RetrySummary(true, problems + flaky.size(), problems, flaky.size());
        }
        return new ModuleResult(module(ran), tests, failures, warnings, duration, flaky, retry,
                skippedClasses.stream().filter(c -> wanted.matchesClass(c.className())).toList(), errors, null);
    }

    private static String module(List<TestCase> tests) {
        return tests.isEmpty() || tests.get(0).module() == null ? "" : tests.get(0).module();
    }

    /** The cached events of the run that belong to {@code wanted} (after {@link #cut} accepted the run). */
    public static List<CachedEvent> events(RunRecord run, List<CachedEvent> events, Selection wanted) {
        if (wanted.equals(run.selectionValue())) {
            return events;
        }
        return events.stream().filter(e -> wanted.matches(e.test())).toList();
    }
}

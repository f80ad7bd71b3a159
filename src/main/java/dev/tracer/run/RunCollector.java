package dev.tracer.run;

import dev.tracer.events.ListenerEvents;
import dev.tracer.events.RunEvents;
import dev.tracer.io.DisplayPaths;
import dev.tracer.messages.Messages;
import dev.tracer.model.ClassFailure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.SkippedClass;
import dev.tracer.model.SurefireTotals;
import dev.tracer.model.TestCase;
import dev.tracer.source.SourceLocator;
import dev.tracer.surefire.XmlReportReader;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * Gathers what one module's Surefire execution left behind (the listener's events, or Surefire's XML reports when
 * the listener stayed silent) into a {@link ModuleResult} whose tests point at their sources.
 */
public final class RunCollector {

    /**
     * What one Surefire execution was and left behind.
     *
     * @param module           the Maven artifactId
     * @param eventsDirectory  where the listener wrote its events
     * @param reportsDirectory Surefire's {@code reportsDirectory}
     * @param testSourceRoots  the module's test compile source roots
     * @param executionRoot    the directory Maven ran in; files in the document are relative to it
     * @param surefireProblem  what Surefire reported as a failure of its own (a fork that died), or null
     * @param problemIsVerdict whether that problem is Surefire's verdict on the user's input (no test matched
     *                         {@code -Dtest}) rather than a breakage of the run
     * @param startedAt        when the execution started; older Surefire reports belong to an earlier run
     * @param durationMs       wall time of the execution
     */
    public record Execution(
            String module,
            Path eventsDirectory,
            Path reportsDirectory,
            List<Path> testSourceRoots,
            Path executionRoot,
            String surefireProblem,
            boolean problemIsVerdict,
            Instant startedAt,
            long durationMs) {
    }

    private RunCollector() {
    }

    /**
     * @param shown the tests the document will show; only they are located in the sources (parsing every test
     *              source of a large suite costs more than the rest of the collection), the others only get their
     *              module
     */
    public static ModuleResult collect(Execution execution, Predicate<TestCase> shown) throws IOException {
        return collect(execution, shown, null);
    }

    /** As {@link #collect(Execution, Predicate)}, with what was read while the tests ran (or null). */
    public static ModuleResult collect(Execution execution, Predicate<TestCase> shown, ReadAhead ahead)
            throws IOException {
        // File times can be coarser than the clock: allow for a second's rounding down.
        FileTime notBefore = FileTime.from(execution.startedAt().minusSeconds(1));
        // Surefire's reports and the listener's events are read at once: after the tests both cores are free, and
        // on a 2,000-test suite each takes about a tenth of a second of the build's serial tail.
        Map<Path, XmlReportReader.FileTally> early = ahead == null ? Map.of() : ahead.reports().close();
        CompletableFuture<XmlReportReader.Tally> tallied = CompletableFuture.supplyAsync(
                () -> XmlReportReader.tally(execution.reportsDirectory(), notBefore, early),
                RunCollector::onItsOwnThread);
        RunEvents events = ListenerEvents.read(execution.eventsDirectory(), execution.surefireProblem(),
                ahead == null ? null : ahead.events());
        List<String> warnings = new ArrayList<>(events.warnings());
        List<TestCase> tests = events.tests();
        List<ClassFailure> classFailures = events.classFailures();
        if (!events.listenerRan()) {
            List<TestCase> fromXml = XmlReportReader.read(execution.reportsDirectory(), notBefore, warnings::add);
            if (!fromXml.isEmpty()) {
                tests = fromXml;
                warnings.add(Messages.listenerSilent(DisplayPaths.relative(execution.executionRoot(), execution.reportsDirectory())));
            }
        }
        if (execution.surefireProblem() != null) {
            warnings.add(Messages.surefireFailed(execution.surefireProblem()));
        }
        XmlReportReader.Tally tally = joined(tallied);
        SurefireTotals surefire = tally == null ? null : tally.totals();
        // A class aborted as a whole counts as Surefire counted it: its tests skipped where Surefire lists them
        // (3.6 on Vintage), else none of them and the class in skipped_classes (3.5 on Jupiter), counted as one
        // skipped test where Surefire wrote one nameless testcase for it (its JUnit 4 provider).
        List<SkippedClass> aborted = new ArrayList<>();
        for (SkippedClass skipped : events.skippedClasses()) {
            if (tally == null || !listedBySurefire(skipped.className(), tally.classes())) {
                aborted.add(tally != null && listedBySurefire(skipped.className(), tally.skippedWhole())
                        ? skipped.asCounted() : skipped);
            }
        }
        if (!aborted.isEmpty()) {
            tests = tests.stream().filter(t -> !ofAborted(t, aborted)).toList();
        }
        SourceLocator locator = new SourceLocator(execution.testSourceRoots(), execution.executionRoot());
        List<TestCase> located = new ArrayList<>(tests.size());
        for (TestCase test : tests) {
            located.add(shown.test(test)
                    ? locator.locate(test, execution.module())
                    : test.withLocation(execution.module(), test.file(), test.line()));
        }
        List<ClassFailure> locatedClassFailures = new ArrayList<>(classFailures.size());
        for (ClassFailure failure : classFailures) {
            locatedClassFailures.add(locator.locate(failure, execution.module()));
        }
        List<TestCase> flaky = new ArrayList<>(events.flaky().size());
        for (TestCase test : events.flaky()) {
            flaky.add(locator.locate(test, execution.module()));
        }
        List<SkippedClass> skippedClasses = new ArrayList<>(aborted.size());
        for (SkippedClass skipped : aborted) {
            skippedClasses.add(locator.locate(skipped, execution.module()));
        }
        List<String> errors = errors(execution, located, locatedClassFailures, flaky, skippedClasses, surefire);
        return new ModuleResult(execution.module(), located, locatedClassFailures, warnings, execution.durationMs(),
                flaky, null, skippedClasses, errors, surefire);
    }

    /** The tally, or what it threw, as reading it on this thread would have thrown it. */
    private static XmlReportReader.Tally joined(CompletableFuture<XmlReportReader.Tally> tallied) {
        try {
            return tallied.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void onItsOwnThread(Runnable work) {
        Thread thread = new Thread(work, "tracer-surefire-reports");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * What makes the run fail although no test result says so (fail closed: missing results are never "no tests
     * ran"): a test JVM that broke with no failed test to blame (a fork error, a listener that could not load), and
     * Surefire reporting more tests than the listener did.
     */
    static List<String> errors(Execution execution, List<TestCase> tests, List<ClassFailure> classFailures,
            List<TestCase> flaky, List<SkippedClass> skippedClasses, SurefireTotals surefire) {
        List<String> errors = new ArrayList<>();
        boolean blamed = !classFailures.isEmpty() || tests.stream().anyMatch(t -> t.state().isProblem());
        if (execution.surefireProblem() != null && !execution.problemIsVerdict() && !blamed) {
            errors.add(Messages.runBrokeWithoutResults(execution.surefireProblem(), tests.size()));
        }
        // Surefire counts a class whose setup failed once, where the listener reports each of its tests (invalid);
        // so the listener's tests and class failures together are never fewer than Surefire's testcases.
        int reported = tests.size() + flaky.size() + classFailures.size()
                + (int) skippedClasses.stream().filter(c -> Boolean.TRUE.equals(c.counted())).count();
        if (surefire != null && surefire.tests() > reported) {
            errors.add(Messages.resultsMissing(surefire.tests(), reported,
                    DisplayPaths.relative(execution.executionRoot(), execution.reportsDirectory())));
        }
        return errors;
    }

    /** Surefire names a test's class by its binary name, or with dots for a nested class's {@code $}. */
    private static boolean listedBySurefire(String className, java.util.Set<String> surefireClasses) {
        return surefireClasses.contains(className) || surefireClasses.contains(className.replace('$', '.'));
    }

    private static boolean ofAborted(TestCase test, List<SkippedClass> aborted) {
        if (test.state() != dev.tracer.model.TestState.SKIPPED) {
            return false;
        }
        for (SkippedClass skipped : aborted) {
            if (skipped.className().equals(test.className())
                    && java.util.Objects.equals(skipped.reason(), test.skipReason())) {
                return true;
            }
        }
        return false;
    }
}

package dev.tracer.run;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reruns of failures: what to run again, and how the two passes make one result. A test that failed and then passed
 * is flaky: it leaves {@code tests} for {@code flaky}, keeping the first failure's detail and the rerun as its
 * {@code rerun}. One that failed again is a confirmed failure and stays. An invalid test (its class setup failed)
 * takes the state of its rerun.
 */
public final class Retry {
    private Retry() {
    }

    /** True when some failure cannot be selected exactly (its id comes from Surefire's XML reports). */
    public static boolean selectable(ModuleResult first) {
        return first.tests().stream()
                .filter(t -> t.state().isProblem())
                .allMatch(t -> t.id() != null && !t.id().startsWith("xml:"));
    }

    public static ModuleResult merge(ModuleResult first, ModuleResult rerun) {
        Map<String, TestCase> again = new HashMap<>();
        rerun.tests().forEach(t -> again.put(t.id(), t));
        rerun.flaky().forEach(t -> again.putIfAbsent(t.id(), t.withFailures(null)));
        List<TestCase> tests = new ArrayList<>();
        List<TestCase> flaky = new ArrayList<>(first.flaky());
        Set<String> healedClasses = new HashSet<>();
        int retried = 0;
        int confirmed = 0;
        int healed = 0;
        for (TestCase test : first.tests()) {
            if (!test.state().isProblem()) {
                tests.add(test);
                continue;
            }
            retried++;
            TestCase second = again.get(test.id());
            if (second != null && second.state() == TestState.PASSED) {
                flaky.add(test.withRerun(second));
                healedClasses.add(topLevel(test.className()));
                healed++;
            } else if (second != null && test.state() == TestState.INVALID) {
                tests.add(second.withLocation(test.module(), test.file(), test.line()));
                confirmed += second.state().isProblem() ? 1 : 0;
            } else {
                tests.add(test.withRerun(second));
                confirmed++;
            }
        }
        Map<String, ClassFailure> rerunClassFailures = new HashMap<>();
        rerun.classFailures().forEach(c -> rerunClassFailures.put(c.className(), c));
        List<ClassFailure> classFailures = new ArrayList<>();
        for (ClassFailure failure : first.classFailures()) {
            ClassFailure stillFailing = rerunClassFailures.get(failure.className());
            if (stillFailing != null) {
                classFailures.add(stillFailing.withLocation(failure.module(), failure.file()));
            } else if (!healedClasses.contains(topLevel(failure.className()))) {
                classFailures.add(failure); // not rerun (an @AfterAll failure has no test to select)
            }
        }
        List<String> warnings = new ArrayList<>(first.warnings());
        rerun.warnings().forEach(w -> warnings.add("Rerun: " + w));
        return first.withOutcome(tests, classFailures, warnings, first.durationMs() + rerun.durationMs(), flaky,
                new RetrySummary(true, retried, confirmed, healed));
    }

    /**
     * The result of a run whose failures Surefire reran itself ({@code rerunFailingTestsCount}): its flakes are
     * already classified; every test that ended failed was retried too.
     */
    public static ModuleResult rerunBySurefire(ModuleResult result) {
        int confirmed = (int) result.tests().stream().filter(t -> t.state().isProblem()).count();
        return result.withOutcome(result.tests(), result.classFailures(), result.warnings(),
                result.durationMs(), result.flaky(),
                new RetrySummary(true, confirmed + result.flaky().size(), confirmed, result.flaky().size()));
    }

    private static String topLevel(String className) {
        if (className == null) {
            return "";
        }
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}

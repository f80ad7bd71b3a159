package dev.tracer.listener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.junit.Ignore;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.runner.Description;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.TestClass;

/**
 * Reports every test run by Surefire's JUnit 4 provider as events (see the package documentation). Registered
 * through Surefire's {@code listener} property; inert unless the listener jar's properties name an events
 * directory. Never throws out of a callback.
 *
 * <ul>
 *   <li>Tests: id {@code junit4:<class>#<method>}, {@code name} and {@code method} are the description's method
 *       name ({@code square[1]} under {@code Parameterized}), {@code parents} is the class name (the display name
 *       JUnit 4 gives a class), {@code tags} are the {@code @Category} class names (as JUnit Vintage reports them).
 *       </li>
 *   <li>Class-level events ({@code container_failed}) have id {@code junit4:<class>}.</li>
 *   <li>The first callback, or the first after a {@code run_finished}, writes {@code run_started}: every
 *       {@code run_finished} closes a run that a {@code run_started} opened. A shutdown hook closes a run left open,
 *       but only when no test is running: a JVM that exits under a running test (System.exit) must leave that
 *       test's {@code test_started} without {@code run_finished}.</li>
 * </ul>
 */
@RunListener.ThreadSafe
public class TracerRunListener extends RunListener {

    private static final String ID_PREFIX = "junit4:";

    private final Path eventsDir;
    private final Object lock = new Object();
    private volatile boolean resolved;
    private volatile Recorder recorder;
    /** Between run_started and run_finished. */
    private volatile boolean runOpen;
    /** First failure and first failed assumption of each running test, by id. */
    private final ConcurrentMap<String, Failure> failures =
            new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Failure> assumptions =
            new ConcurrentHashMap<>();

    /** Used by Surefire: writes where the listener jar's properties say. */
    public TracerRunListener() {
        this(null);
    }

    /** Writes to {@code eventsDir} (tests). */
    TracerRunListener(Path eventsDir) {
        this.eventsDir = eventsDir;
    }

    @Override
    public void testRunStarted(Description description) {
        try {
            open();
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void testRunFinished(Result result) {
        try {
            Recorder r = open();
            if (r != null) {
                synchronized (lock) {
                    r.runFinished();
                    runOpen = false;
                }
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void testStarted(Description description) {
        try {
            Recorder r = open();
            if (r != null && isTest(description)) {
                TestRef test = ref(description);
                failures.remove(test.id);
                assumptions.remove(test.id);
                r.testStarted(test);
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void testFinished(Description description) {
        try {
            Recorder r = open();
            if (r == null || !isTest(description)) {
                return;
            }
            TestRef test = ref(description);
            if (!r.isRunning(test.id)) {
                return;
            }
            Failure failure = failures.remove(test.id);
            Failure assumption = assumptions.remove(test.id);
            if (failure != null) {
                r.testFinished(test, Recorder.FAILED, null, failure.getException());
            } else if (assumption != null) {
                r.testFinished(test, Recorder.ABORTED, ThrowableJson.reason(assumption.getException()), null);
            } else {
                r.testFinished(test, Recorder.PASSED, null, null);
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void testFailure(Failure failure) {
        try {
            Recorder r = open();
            if (r == null) {
                return;
            }
            Description description = failure.getDescription();
            if (!isTest(description)) {
                // @BeforeClass, a static initializer, a class rule: the tests below never ran
                r.containerFailed(containerId(description), containerClass(description), Recorder.FAILED, null,
                        failure.getException(), leaves(description));
                return;
            }
            TestRef test = ref(description);
            if (r.isRunning(test.id)) {
                failures.putIfAbsent(test.id, failure);
            } else {
                r.testFinished(test, Recorder.FAILED, null, failure.getException());
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void testAssumptionFailure(Failure failure) {
        try {
            Recorder r = open();
            if (r == null) {
                return;
            }
            Description description = failure.getDescription();
            String reason = ThrowableJson.reason(failure.getException());
            if (!isTest(description)) {
                r.containerFailed(containerId(description), containerClass(description), Recorder.ABORTED, reason,
                        null, leaves(description));
                return;
            }
            TestRef test = ref(description);
            if (r.isRunning(test.id)) {
                assumptions.putIfAbsent(test.id, failure);
            } else {
                r.testFinished(test, Recorder.ABORTED, reason, null);
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void testIgnored(Description description) {
        try {
            Recorder r = open();
            if (r == null) {
                return;
            }
            String reason = ignoreReason(description);
            if (isTest(description)) {
                r.testSkipped(ref(description), reason);
            } else {
                r.containerFailed(containerId(description), containerClass(description), Recorder.SKIPPED, reason,
                        null, leaves(description));
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    /** The recorder, after writing run_started if no run is open; {@code null} when the listener is inert. */
    private Recorder open() throws Exception {
        if (!resolved) {
            synchronized (lock) {
                if (!resolved) {
                    try {
                        recorder = Recorder.create(eventsDir);
                        if (recorder != null) {
                            addShutdownHook();
                        }
                    } finally {
                        resolved = true;
                    }
                }
            }
        }
        Recorder r = recorder;
        if (r != null && !runOpen) {
            synchronized (lock) {
                if (!runOpen) {
                    r.runStarted("junit4");
                    runOpen = true;
                }
            }
        }
        return r;
    }

    /**
     * The provider may end without testRunFinished: close the run at JVM exit, unless a test is still running
     * (then the JVM is dying under it, for example through System.exit, and the file must say so).
     */
    private void addShutdownHook() {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(this::onShutdown, "tracer-listener-shutdown"));
        } catch (IllegalStateException | SecurityException e) {
            // already shutting down, or not allowed: run_finished then comes from testRunFinished only
        }
    }

    private void onShutdown() {
        try {
            Recorder r = recorder;
            synchronized (lock) {
                if (r != null && runOpen && r.runningTests() == 0) {
                    r.runFinished();
                    runOpen = false;
                }
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    /** A test has a method name; a description without one is a class (or suite). */
    private static boolean isTest(Description description) {
        return description.getMethodName() != null;
    }

    private static TestRef ref(Description description) {
        String className = description.getClassName();
        String method = description.getMethodName();
        return new TestRef(ID_PREFIX + className + "#" + method, className, method, method,
                Collections.singletonList(className), categories(description));
    }

    private static String containerId(Description description) {
        String className = containerClass(description);
        return ID_PREFIX + (className != null ? className : description.getDisplayName());
    }

    private static String containerClass(Description description) {
        Class<?> testClass = testClass(description);
        return testClass != null ? testClass.getName() : null;
    }

    /** The tests below a class-level description, all levels. */
    private static List<TestRef> leaves(Description description) {
        List<TestRef> tests = new ArrayList<>();
        if (description.getChildren().isEmpty()) {
            // an @Ignore'd class is described without its children: find its @Test methods
            Class<?> testClass = testClass(description);
            if (testClass != null) {
                for (String method : testMethods(testClass)) {
                    tests.add(ref(Description.createTestDescription(testClass, method)));
                }
            }
        } else {
            collectLeaves(description, tests);
        }
        return tests;
    }

    private static void collectLeaves(Description description, List<TestRef> tests) {
        if (description.getChildren().isEmpty()) {
            if (isTest(description)) {
                tests.add(ref(description));
            }
            return;
        }
        for (Description child : description.getChildren()) {
            collectLeaves(child, tests);
        }
    }

    private static TreeSet<String> testMethods(Class<?> testClass) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (FrameworkMethod method : new TestClass(testClass).getAnnotatedMethods(Test.class)) {
                names.add(method.getName());
            }
        } catch (Throwable invalidClass) {
            // an invalid test class: nothing to list
        }
        return names;
    }

    private static Class<?> testClass(Description description) {
        try {
            return description.getTestClass();
        } catch (Throwable e) {
            return null;
        }
    }

    /** The value of {@code @Ignore} on the method or class; none when empty. */
    private static String ignoreReason(Description description) {
        Ignore ignore = description.getAnnotation(Ignore.class);
        if (ignore == null && !isTest(description)) {
            Class<?> testClass = testClass(description);
            ignore = testClass == null ? null : testClass.getAnnotation(Ignore.class);
        }
        return ignore == null || ignore.value().isEmpty() ? null : ignore.value();
    }

    /** {@code @Category} classes of the method and its class, as tags (the names JUnit Vintage gives them). */
    private static List<String> categories(Description description) {
        TreeSet<String> tags = new TreeSet<>();
        try {
            addCategories(description.getAnnotation(Category.class), tags);
            Class<?> testClass = testClass(description);
            if (testClass != null) {
                addCategories(testClass.getAnnotation(Category.class), tags);
            }
        } catch (Throwable noCategories) {
            // JUnit older than 4.8, or an unloadable category class
        }
        return new ArrayList<>(tags);
    }

    private static void addCategories(Category category, TreeSet<String> tags) {
        if (category != null) {
            for (Class<?> type : category.value()) {
                tags.add(type.getName());
            }
        }
    }
}

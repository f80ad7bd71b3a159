package dev.tracer.listener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.testng.IConfigurationListener;
import org.testng.IExecutionListener;
import org.testng.ITestContext;
import org.testng.ITestListener;
import org.testng.ITestNGMethod;
import org.testng.ITestResult;

/**
 * Reports every test run by Surefire's TestNG provider (Surefire up to 3.5) as events (see the package
 * documentation). Registered through {@code META-INF/services/org.testng.ITestNGListener} in the listener jar, which
 * TestNG reads in {@code TestNG.run()}; inert unless the jar's properties name an events directory. Never throws out
 * of a callback. It implements only interfaces TestNG 6 already has, and every one of their methods (TestNG 6 has no
 * default methods), so that an older TestNG can load it; newer API is called under a catch.
 *
 * <ul>
 *   <li>Under the JUnit Platform (testng-engine, which Surefire 3.6 uses for TestNG) the Platform listener reports the
 *       tests: this one writes nothing. On every path it records the exceptions of failed configuration methods
 *       ({@link ConfigFailures}), by which the Platform listener tells a test that never ran from a skipped one.</li>
 *   <li>Tests: id {@code testng:<class>#<method>}; an invocation of a data-driven method
 *       {@code testng:<class>#<method>[<row>]}, named {@code [<row>] <arguments>} as testng-engine names it, with
 *       {@code <row>} the data provider's row (also on a rerun that runs only some rows). {@code parents}: the class,
 *       then the method for an invocation. {@code tags}: the method's groups (TestNG adds its class's).</li>
 *   <li>A test skipped because a configuration method ({@code @BeforeClass}, {@code @BeforeMethod}, ...) failed
 *       never ran: TestNG hands it the configuration's exception, and it is reported as a {@code container_failed} of
 *       {@code testng:<class>} listing it, so it reads as invalid. Every failed configuration method also gives a
 *       {@code container_failed} without tests (the class failure). A test skipped otherwise (a
 *       {@code SkipException}, a failed dependency) is {@code aborted} with the reason.</li>
 *   <li>A failed attempt that TestNG's retry analyzer retries (reported as skipped, {@code wasRetried}) is
 *       {@code failed}; a later passing attempt makes it a flake, as with Surefire's own reruns.</li>
 * </ul>
 */
public class TracerTestNgListener implements IExecutionListener, ITestListener, IConfigurationListener {

    static final String ID_PREFIX = "testng:";
    private static final String REF_ATTRIBUTE = "dev.tracer.listener.ref";

    private final Path eventsDir;
    /** False inside the JUnit Platform: the Platform listener reports, this one only records configuration failures. */
    private final boolean reports;
    private final Object lock = new Object();
    private volatile boolean resolved;
    private volatile Recorder recorder;
    private volatile boolean runOpen;
    /** Invocations seen per data-driven method, for a TestNG without {@code ITestResult#getParameterIndex()}. */
    private final ConcurrentMap<String, AtomicInteger> invocations = new ConcurrentHashMap<>();

    /** Used by {@code ServiceLoader}: writes where the listener jar's properties say, under Surefire's TestNG provider. */
    public TracerTestNgListener() {
        this(null, TestNgProvider.classic(new Throwable().getStackTrace()));
    }

    /** Writes to {@code eventsDir} (tests) when {@code reports}. */
    TracerTestNgListener(Path eventsDir, boolean reports) {
        this.eventsDir = eventsDir;
        this.reports = reports;
    }

    @Override
    public void onExecutionStart() {
        try {
            open();
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void onExecutionFinish() {
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
    public void onStart(ITestContext context) {
        // a <test> of the suite starts: nothing to report
    }

    @Override
    public void onFinish(ITestContext context) {
        // a <test> of the suite ends: nothing to report
    }

    @Override
    public void onTestStart(ITestResult result) {
        try {
            Recorder r = open();
            if (r != null) {
                r.testStarted(ref(result));
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void onTestSuccess(ITestResult result) {
        finished(result, Recorder.PASSED);
    }

    @Override
    public void onTestFailedButWithinSuccessPercentage(ITestResult result) {
        finished(result, Recorder.PASSED);
    }

    @Override
    public void onTestFailure(ITestResult result) {
        finished(result, Recorder.FAILED);
    }

    /** TestNG 7 adds it with a default that calls {@link #onTestFailure}; TestNG 6 never calls it. */
    @Override
    public void onTestFailedWithTimeout(ITestResult result) {
        onTestFailure(result);
    }

    @Override
    public void onTestSkipped(ITestResult result) {
        try {
            Recorder r = open();
            if (r == null) {
                return;
            }
            TestRef test = ref(result);
            Throwable throwable = result.getThrowable();
            if (skippedByConfiguration(result)) {
                r.testNeverRan(containerId(result), className(result), throwable, test);
            } else if (wasRetried(result)) {
                r.testFinished(test, Recorder.FAILED, null, throwable);
            } else if (r.isRunning(test.id)) {
                r.testFinished(test, Recorder.ABORTED, throwable == null ? null : ThrowableJson.reason(throwable),
                        null);
            } else {
                r.testSkipped(test, throwable == null ? null : ThrowableJson.reason(throwable));
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void onConfigurationFailure(ITestResult result) {
        try {
            Throwable throwable = result.getThrowable();
            ConfigFailures.add(throwable);
            ConfigFailures.addClass(className(result));
            Recorder r = open();
            if (r != null) {
                r.containerFailed(containerId(result), className(result), Recorder.FAILED, null, throwable,
                        Collections.<TestRef>emptyList());
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void onConfigurationSuccess(ITestResult result) {
        // nothing to report
    }

    @Override
    public void onConfigurationSkip(ITestResult result) {
        // the tests it stops are reported when TestNG skips them
    }

    private void finished(ITestResult result, String status) {
        try {
            Recorder r = open();
            if (r != null) {
                r.testFinished(ref(result), status, null, Recorder.FAILED.equals(status) ? result.getThrowable() : null);
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    /** The recorder, after writing run_started if no run is open; {@code null} when the listener does not report. */
    private Recorder open() throws Exception {
        if (!reports) {
            return null;
        }
        if (!resolved) {
            synchronized (lock) {
                if (!resolved) {
                    try {
                        recorder = Recorder.create(eventsDir);
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
                    r.runStarted("testng");
                    runOpen = true;
                }
            }
        }
        return r;
    }

    /** The test's identity, computed once per result (its start and end must agree). */
    private TestRef ref(ITestResult result) {
        Object known = result.getAttribute(REF_ATTRIBUTE);
        if (known instanceof TestRef) {
            return (TestRef) known;
        }
        TestRef ref = newRef(result);
        result.setAttribute(REF_ATTRIBUTE, ref);
        return ref;
    }

    private TestRef newRef(ITestResult result) {
        ITestNGMethod method = result.getMethod();
        String className = className(result);
        String methodName = method.getMethodName();
        String key = className + "#" + methodName;
        List<String> tags = method.getGroups() == null ? Collections.<String>emptyList()
                : Arrays.asList(method.getGroups());
        int row = row(result, key);
        if (row < 0 && method.getInvocationCount() > 1) {
            // @Test(invocationCount = n): n tests, as Surefire counts them, each its own id (numbered as they start)
            int invocation = invocations.computeIfAbsent(key + "#invocations", k -> new AtomicInteger())
                    .getAndIncrement();
            return new TestRef(ID_PREFIX + key + "[" + invocation + "]", className, methodName, methodName,
                    Arrays.asList(className, methodName), tags);
        }
        if (row < 0) {
            return new TestRef(ID_PREFIX + key, className, methodName, methodName,
                    Collections.singletonList(className), tags);
        }
        return new TestRef(ID_PREFIX + key + "[" + row + "]", className, methodName,
                invocationName(row, result.getParameters()), Arrays.asList(className, methodName), tags);
    }

    /** The data provider's row of an invocation of a data-driven method; -1 for any other test. */
    private int row(ITestResult result, String key) {
        Object[] parameters = result.getParameters();
        try {
            int index = result.getParameterIndex();
            boolean dataDriven = index >= 0 && result.getMethod().isDataDriven();
            return dataDriven ? DataProviderRows.original(key, index) : -1;
        } catch (LinkageError olderTestNg) {
            // TestNG before 7.x: count the invocations of methods that take arguments
            return parameters == null || parameters.length == 0 ? -1
                    : invocations.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
        }
    }

    /** {@code [<row>] <arguments>}, as testng-engine names an invocation. */
    static String invocationName(int row, Object[] parameters) {
        StringBuilder name = new StringBuilder("[").append(row).append(']');
        if (parameters != null && parameters.length > 0) {
            List<String> values = new ArrayList<>();
            for (Object parameter : parameters) {
                values.add(String.valueOf(parameter));
            }
            name.append(' ').append(String.join(", ", values));
        }
        return name.toString();
    }

    /**
     * Whether TestNG skipped the test because a configuration method failed: its throwable is that method's exception
     * (TestNG hands it on), or TestNG 7 names a configuration method as the cause.
     */
    private static boolean skippedByConfiguration(ITestResult result) {
        if (ConfigFailures.contains(result.getThrowable())) {
            return true;
        }
        try {
            for (ITestNGMethod cause : result.getSkipCausedBy()) {
                if (!cause.isTest()) {
                    return true;
                }
            }
        } catch (LinkageError olderTestNg) {
            // No getSkipCausedBy() (TestNG 6), and TestNG 6 hands such a skip no throwable: a causeless skip in a
            // class whose configuration failed is that failure's.
            return result.getThrowable() == null && ConfigFailures.classFailed(className(result));
        }
        return false;
    }

    private static boolean wasRetried(ITestResult result) {
        try {
            return result.wasRetried();
        } catch (LinkageError olderTestNg) {
            return false;
        }
    }

    private static String className(ITestResult result) {
        return result.getTestClass().getRealClass().getName();
    }

    private static String containerId(ITestResult result) {
        return ID_PREFIX + className(result);
    }
}

package dev.tracer.pipeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Runs one pass of a module's tests with Tracer's listener on the test JVM. The Surefire launcher of the
 * {@code maven} package implements it; the pipeline's tests replay recorded listener files instead.
 */
public interface TestRunner {

    /**
     * One pass.
     *
     * @param listenerJar      the jar holding the listener, for the test JVM's class path
     * @param eventsDirectory  where that listener writes its files (its configuration in the jar says so)
     * @param runListenerClass the JUnit 4 {@code RunListener} to register where the provider needs one
     * @param testFilter       the tests to run exactly (Surefire's {@code test} syntax), or null for the project's own
     *                         selection
     * @param reportsDirectory where the pass writes its XML reports, or null for the project's own directory
     * @param argLine          the test JVM's arguments (with Tracer's JaCoCo agent), or null for the project's own
     */
    record Pass(Path listenerJar, Path eventsDirectory, String runListenerClass, String testFilter,
            Path reportsDirectory, String argLine) {
    }

    /**
     * What a pass left behind besides the listener's files.
     *
     * @param reportsDirectory where the XML reports of the pass are
     * @param problem          what the runner threw (a fork that died, no test matching {@code -Dtest}), or null
     * @param problemIsFailure whether that is the runner's verdict on the user's input rather than a breakage
     * @param surefireReruns   the project's own {@code rerunFailingTestsCount}, 0 when unset
     */
    record Outcome(Path reportsDirectory, String problem, boolean problemIsFailure, Instant startedAt,
            long durationMs, int surefireReruns) {
    }

    Outcome run(Pass pass) throws BrokenRunException;

    /** The test JVM's arguments as the project configures them for the runner, not yet evaluated; null for none. */
    String configuredArgLine();

    /**
     * Whether a rerun may narrow a TestNG data provider to its failed rows: the project's TestNG has
     * {@code IDataProviderInterceptor} (TestNG 7), or the project has no TestNG. An older TestNG cannot load the
     * interceptor, and a listener it cannot load kills the test JVM; its reruns run every row of the method.
     */
    default boolean narrowsTestNgRows() {
        return true;
    }
}

/**
 * The code that runs inside the user's test JVM. It uses the JDK and the test frameworks' own APIs only, and
 * nothing else of Tracer's: at run time these classes (and nothing more) are copied into a small jar that Surefire
 * puts on the forked JVM's classpath through {@code additionalClasspathElements}.
 *
 * <h2>Registration</h2>
 * <ul>
 *   <li>{@code TracerPlatformListener} — a JUnit Platform {@code TestExecutionListener}, registered through
 *       {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener} inside the listener jar.</li>
 *   <li>{@code TracerRunListener} — a JUnit 4 {@code RunListener} for Surefire's JUnit 4 provider, registered through
 *       Surefire's {@code <properties><property><name>listener</name>...} (never when TestNG is on the test
 *       classpath: Surefire's TestNG provider would load it as a TestNG listener).</li>
 *   <li>{@code TracerTestNgListener} — a TestNG listener for Surefire's TestNG provider, registered through
 *       {@code META-INF/services/org.testng.ITestNGListener}; inside the JUnit Platform (testng-engine) it writes
 *       nothing and only records failed configuration methods for the Platform listener ({@code ConfigFailures}).
 *       {@code TracerTestNgSelection}, in the same service file only when the jar carries a selection, narrows data
 *       providers to the selected rows.</li>
 * </ul>
 * The listeners never reference each other (a {@code NoClassDefFoundError} inside a listener is swallowed by the
 * frameworks); shared code is JDK-only.
 *
 * <h2>Where events go</h2>
 * The jar carries {@code dev/tracer/listener/tracer-listener.properties} with {@code eventsDir=<absolute path>}.
 * Each JVM that loads a listener appends to its own file {@code <eventsDir>/events-<pid>-<random>.jsonl}, one
 * JSON object per line, UTF-8, flushed after every line so that a JVM that dies leaves what it wrote. A listener
 * never throws out of a callback.
 *
 * <h2>Events (version 1)</h2>
 * <pre>
 * {"type":"run_started","provider":"platform"|"junit4"|"testng","pid":1234}
 * {"type":"test_started","id":ID,"class":"a.B$C","method":"m","name":"display name"}
 * {"type":"test_finished","id":ID,"class":..,"method":..,"name":..,"parents":[..],"tags":[..],
 *      "status":"passed"|"failed"|"aborted","duration_ms":N,"reason":"..."?,"failure":THROWABLE?,"output":"..."?,
 *      "trace":TRACE?,"trace_warnings":["..", ..]?}
 * {"type":"test_trace","id":ID,"trace":TRACE}
 * {"type":"test_skipped","id":ID,"class":..,"method":..,"name":..,"parents":[..],"tags":[..],"reason":"..."?}
 * {"type":"container_failed","id":ID,"class":"a.B"?,"status":"failed"|"aborted"|"skipped","reason":"..."?,
 *      "failure":THROWABLE?,"tests":[{"id","class","method","name","parents","tags"}, ..]}
 * {"type":"run_finished"}
 *
 * THROWABLE = {"type":"org.opentest4j.AssertionFailedError","message":"..."?,"assertion":true|false,
 *              "expected":"..."?,"actual":"..."?,"stack":[{"class","method","file"?,"line"?}, ..],
 *              "cause":THROWABLE?}
 *
 * TRACE = {"events":[{"t_us":N,"thread":"name","kind":"thread_start"|"thread_end"|"exception"|"log"|"stdout"|
 *                      "stderr"|"monitor_enter"|"monitor_wait"|"park","detail":"..."}, ..],
 *          "threads":[THREAD + "approx":true, ..], "deadlocks":[THREAD, ..], "overflow":bool, "dropped":N,
 *          "partial":true?}
 * THREAD = {"name","state","frames":[{"class","method","file"?,"line"?}, ..],"waiting_on"?,"lock_owner"?,
 *           "holds":[".."]}
 * </pre>
 * <ul>
 *   <li>{@code id}: the Platform unique id; on the JUnit 4 provider {@code junit4:<class>#<method>}; on the TestNG
 *       provider {@code testng:<class>#<method>}, and {@code testng:<class>#<method>[<row>]} for a data provider's
 *       row.</li>
 *   <li>{@code parents}: display names of the enclosing containers below the engine, outermost first (the
 *       class, {@code @Nested} classes, the parameterized method), so a reader can build a full name.</li>
 *   <li>{@code aborted}: a failed assumption; {@code reason} holds its message.</li>
 *   <li>{@code output}: the tail (at most 8,000 chars) of what was printed to {@code System.out}/{@code System.err}
 *       while the test ran; only on failed tests.</li>
 *   <li>{@code container_failed}: a class-level container (or the engine) that failed, aborted or was skipped;
 *       {@code tests} lists the tests below it (all levels) that never started. A method-level container that
 *       fails (a parameterized test whose arguments source throws) is reported as a {@code test_finished}
 *       with status failed instead. TestNG starts the tests that a failed configuration method then skips: such a
 *       test is listed in a {@code container_failed} of its class, which ends it.</li>
 *   <li>{@code stack}: at most 200 frames, unfiltered; trimming happens outside the test JVM.</li>
 *   <li>A {@code test_started} without its {@code test_finished} in a file without {@code run_finished} is the
 *       test that was running when the JVM died.</li>
 *   <li>{@code trace}: the flight recording of a traced test (tag {@code trace_messages} or
 *       {@code trace_messages=N} on the test or its class, or the jar's {@code trace} pattern), on failed tests only.
 *       {@code events} are the last N (the ring, default 50) of at most {@code traceBudget} (default 5,000) events
 *       recorded, by {@code t_us} (microseconds since the test started); {@code dropped} counts events pushed out of
 *       the ring, {@code overflow} says the budget stopped recording. {@code threads}: the live threads the test
 *       started, when the failure was reported; {@code deadlocks}: the test's deadlocked threads and those closing
 *       their cycle. Frames: at most 8; details: at most 500 characters.</li>
 *   <li>{@code trace_warnings}: what went wrong inside the recorder for this test (JFR unavailable, late); any
 *       test status.</li>
 *   <li>{@code test_trace}: a provisional trace ({@code "partial":true}) of a traced test still running after 2 s,
 *       repeated every 2 s and at JVM shutdown; the last one stands for a test whose JVM died under it.</li>
 * </ul>
 */
package dev.tracer.listener;

package dev.tracer.events;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracer.model.ClassFailure;
import dev.tracer.model.SkippedClass;
import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import dev.tracer.model.Trace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the JSONL files the listener wrote (the contract is in {@code dev.tracer.listener}'s package documentation)
 * into tests and class failures.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>{@code test_finished}: {@code passed} → {@link TestState#PASSED}, {@code failed} → {@link TestState#FAILED},
 *       {@code aborted} (a failed assumption) → {@link TestState#SKIPPED} with {@code reason} (else the throwable's
 *       message) as the skip reason. A failed test without a throwable has no {@code failures}.
 *       {@code test_skipped} → {@link TestState#SKIPPED}. {@code output} is kept for failed tests only; tags are
 *       sorted; {@code parents} is not used.</li>
 *   <li>{@code container_failed} with status {@code failed} → one {@link ClassFailure} (its class, or the container's
 *       id for an engine-level failure) and every listed test {@link TestState#INVALID}, carrying the container's
 *       failure. Status {@code skipped} → the listed tests are {@link TestState#SKIPPED} with the reason (a class
 *       {@code @Disabled} as a whole: Surefire lists each of its tests as skipped too). Status {@code aborted} (an
 *       assumption failing in {@code @BeforeAll}) → the listed tests are skipped too, and a class on the JUnit
 *       Platform is also one {@link SkippedClass} with the reason and the number of listed tests: Surefire 3.5 on
 *       Jupiter reports none of its tests, Surefire 3.6 on Vintage each as skipped, so the caller decides from
 *       Surefire's reports of the same run (see {@code RunCollector}).</li>
 *   <li>A {@code container_failed} ends the listed tests that started (TestNG starts the tests that a failed
 *       configuration method then skips).</li>
 *   <li>A {@code test_started} without its {@code test_finished} in a file without {@code run_finished} is the test
 *       that was running when the JVM died: {@link TestState#FAILED} with one failure of type {@value #FORK_CRASH}
 *       whose message carries the crash cause the caller passes in. A file without {@code run_finished} and without
 *       such a test gives a warning. In a file that did finish, an unfinished test is {@link TestState#FAILED} with
 *       type {@value #NO_RESULT}.</li>
 *   <li>Each test appears once, keyed by {@code id}. A reported result beats a crash, which beats a result derived
 *       from a container; between two reported results, a pass beats a failure (the test failed, then passed when
 *       Surefire's {@code rerunFailingTestsCount} reran it: a flake, which Surefire counts as passed; a warning
 *       names such tests); otherwise the first read wins. Files are read in name order.</li>
 *   <li>A test that failed because its class could not be initialized (its static initializer threw: an
 *       {@code ExceptionInInitializerError} from the test class's {@code <clinit>}, or the JVM's later
 *       {@code NoClassDefFoundError: Could not initialize class} for it) is {@link TestState#INVALID}, like a test
 *       whose {@code @BeforeAll} failed, and the class gets one {@link ClassFailure} (the original error).</li>
 *   <li>{@code trace} of a failed {@code test_finished} becomes the test's {@link Trace}; the last {@code test_trace}
 *       of a test whose JVM died under it becomes its {@code partial} trace. {@code trace_warnings} become
 *       warnings of the document.</li>
 *   <li>A line that is not a JSON object with a {@code type} (a JVM killed while writing) is skipped with a warning;
 *       reading never throws.</li>
 * </ul>
 *
 * <h2>Throwables</h2>
 * One {@link Failure} per throwable: {@code kind} is {@code "assertion"} when the listener flagged it as one,
 * {@code "error"} otherwise; {@code expected}/{@code actual} are the listener's, or, for an assertion whose exception
 * exposed neither, what {@link AssertionMessages} reads from its message; the stack is trimmed by
 * {@link StackTrimmer} against the test's class. The cause chain is not expanded into more failures. For an error (not an assertion) with a cause, the root cause is named in the
 * message, because wrappers such as {@code ExceptionInInitializerError} or {@code InvocationTargetException} say
 * nothing themselves: {@code "<message> (caused by <rootType>: <rootMessage>)"}, or
 * {@code "caused by <rootType>: <rootMessage>"} when the wrapper has no message, and the message unchanged when it
 * already contains that text (as {@code new RuntimeException(cause)} does).
 */
public final class ListenerEvents {

    /** The failure type of a test that was running when its JVM died. */
    public static final String FORK_CRASH = "dev.tracer.ForkCrash";

    /** The failure type of a test that started but whose result was never reported, in a run that did finish. */
    public static final String NO_RESULT = "dev.tracer.NoResult";

    /** The failure type of a container that failed without an exception. */
    public static final String CONTAINER_FAILED = "dev.tracer.ContainerFailed";

    static final String GENERIC_CRASH_CAUSE = "no cause was reported (System.exit, a JVM crash or a fork timeout?);"
            + " Surefire's *.dump and *.dumpstream files in the reports directory may say more";

    private static final int MAX_CAUSE_DEPTH = 50;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ListenerEvents() {
    }

    /** Whether a test JVM's listener has opened its events file in {@code eventsDir} yet. */
    public static boolean anyWritten(Path eventsDir) {
        try {
            return !eventFiles(eventsDir).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads one event line and drops it: loads the JSON reader's classes, which take a cold JVM a few hundred
     * milliseconds. For a caller with an idle thread while the tests run.
     */
    public static void warmUp() {
        testsIn("{\"type\":\"test_finished\",\"id\":\"warm-up\",\"class\":\"a.B\",\"method\":\"c\","
                + "\"name\":\"c()\",\"status\":\"passed\",\"duration_ms\":0}");
    }

    /**
     * @param eventsDir  the directory the listener wrote to; a missing directory means the listener never ran
     * @param crashCause what the caller knows about a dead test JVM (Surefire's "The forked VM terminated without
     *                   properly saying goodbye..."); null for a generic text
     */
    public static RunEvents read(Path eventsDir, String crashCause) {
        return read(eventsDir, crashCause, null);
    }

    /**
     * As {@link #read(Path, String)}, starting each file where {@code preread} stopped (it is closed first).
     *
     * @param preread the lines parsed while the tests ran, or null
     */
    public static RunEvents read(Path eventsDir, String crashCause, EventPreread preread) {
        Map<Path, EventPreread.Parsed> parsed = preread == null ? Map.of() : preread.close();
        Reader reader = new Reader(crashCause);
        List<Path> files;
        try {
            files = eventFiles(eventsDir);
        } catch (IOException e) {
            return new RunEvents(List.of(), List.of(), false,
                    List.of("Could not list the listener's events in " + eventsDir + ": " + e));
        }
        for (Path file : files) {
            reader.readFile(file, parsed.get(file.toAbsolutePath()));
        }
        return reader.result(!files.isEmpty());
    }

    /**
     * The tests one event line reports, as the document would show them (for streaming while the run goes on):
     * one for {@code test_finished} and {@code test_skipped}, the listed tests for {@code container_failed}, none for
     * other events or a malformed line. A later event for the same test (a Surefire rerun) is not merged here.
     */
    public static List<TestCase> testsIn(String line) {
        JsonNode event = Reader.parse(line);
        if (event == null) {
            return List.of();
        }
        Reader reader = new Reader(null);
        switch (event.get("type").asText()) {
            case "test_finished" -> reader.testFinished(event, "stream", 0);
            case "test_skipped" -> reader.offer(Reader.test(event, TestState.SKIPPED, null, text(event, "reason"), null),
                    Evidence.REPORTED);
            case "container_failed" -> reader.containerFailed(event, "stream", 0);
            default -> {
                return List.of();
            }
        }
        return reader.result(true).tests();
    }

    /** One line of an events file as an event, or null for a line that is not one. */
    static JsonNode parseLine(String line) {
        return Reader.parse(line);
    }

    private static List<Path> eventFiles(Path eventsDir) throws IOException {
        if (eventsDir == null || !Files.isDirectory(eventsDir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(eventsDir, "events-*.jsonl")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /**
     * One {@link Failure} from a THROWABLE of the contract (see the class documentation for the message rule).
     *
     * @param testClassName the class the stack is trimmed against; null when unknown
     */
    static Failure failure(JsonNode throwable, String testClassName) {
        boolean assertion = throwable.path("assertion").asBoolean(false);
        String message = text(throwable, "message");
        if (!assertion) {
            message = withRootCause(message, throwable.get("cause"));
        }
        String type = text(throwable, "type");
        String expected = text(throwable, "expected");
        String actual = text(throwable, "actual");
        if (assertion && expected == null && actual == null) {
            AssertionMessages.Values values = AssertionMessages.parse(type, message).orElse(null);
            if (values != null) {
                expected = values.expected();
                actual = values.actual();
            }
        }
        return new Failure(
                assertion ? Failure.ASSERTION : Failure.ERROR,
                type,
                message,
                expected,
                actual,
                null,
                null,
                null,
                StackTrimmer.trim(frames(stackReachingTestClass(throwable, testClassName)), testClassName));
    }

    /**
     * The stack of the throwable itself, or of the first cause whose stack passes through the test's own code when
     * its own does not (a wrapper such as {@code ExceptionInInitializerError} is thrown from reflection frames; its
     * cause shows the failing line).
     */
    private static JsonNode stackReachingTestClass(JsonNode throwable, String testClassName) {
        JsonNode own = throwable.get("stack");
        if (testClassName == null) {
            return own;
        }
        JsonNode current = throwable;
        for (int depth = 0; current != null && current.isObject() && depth < MAX_CAUSE_DEPTH; depth++) {
            JsonNode stack = current.get("stack");
            if (stack != null && stack.isArray()) {
                for (JsonNode frame : stack) {
                    if (sameTopLevelClass(text(frame, "class"), testClassName)) {
                        return stack;
                    }
                }
            }
            current = current.get("cause");
        }
        return own;
    }

    static boolean sameTopLevelClass(String a, String b) {
        return a != null && b != null && topLevel(a).equals(topLevel(b));
    }

    private static String topLevel(String binaryName) {
        int dollar = binaryName.indexOf('$');
        return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
    }

    /** True when the test failed because its own class could not be initialized. */
    static boolean isClassInitFailure(JsonNode throwable, String testClassName) {
        if (throwable == null || testClassName == null) {
            return false;
        }
        String type = text(throwable, "type");
        String message = text(throwable, "message");
        if ("java.lang.NoClassDefFoundError".equals(type) && message != null
                && message.startsWith("Could not initialize class ")) {
            return sameTopLevelClass(message.substring("Could not initialize class ".length()).trim(), testClassName);
        }
        if ("java.lang.ExceptionInInitializerError".equals(type)) {
            JsonNode current = throwable;
            for (int depth = 0; current != null && current.isObject() && depth < MAX_CAUSE_DEPTH; depth++) {
                for (JsonNode frame : current.path("stack")) {
                    if ("<clinit>".equals(text(frame, "method"))
                            && sameTopLevelClass(text(frame, "class"), testClassName)) {
                        return true;
                    }
                }
                current = current.get("cause");
            }
        }
        return false;
    }

    private static String withRootCause(String message, JsonNode cause) {
        JsonNode root = null;
        for (int depth = 0; cause != null && cause.isObject() && depth < MAX_CAUSE_DEPTH; depth++) {
            root = cause;
            cause = cause.get("cause");
        }
        if (root == null || text(root, "type") == null) {
            return message;
        }
        String rootMessage = text(root, "message");
        String causeText = text(root, "type") + (rootMessage == null ? "" : ": " + rootMessage);
        if (message == null || message.isBlank()) {
            return "caused by " + causeText;
        }
        if (message.contains(causeText)) {
            return message;
        }
        return message + " (caused by " + causeText + ")";
    }

    private static List<StackFrame> frames(JsonNode stack) {
        if (stack == null || !stack.isArray()) {
            return List.of();
        }
        List<StackFrame> frames = new ArrayList<>(stack.size());
        for (JsonNode frame : stack) {
            String className = text(frame, "class");
            if (className == null) {
                continue;
            }
            JsonNode line = frame.get("line");
            Integer lineNumber = line != null && line.canConvertToInt() && line.asInt() > 0 ? line.asInt() : null;
            frames.add(new StackFrame(className, text(frame, "method"), text(frame, "file"), lineNumber));
        }
        return frames;
    }

    /**
     * The {@code trace} object of a {@code test_finished} (or the last {@code test_trace} of a test whose JVM died,
     * then {@code partial}); null when absent or not an object.
     */
    static Trace trace(JsonNode trace, boolean partial) {
        if (trace == null || !trace.isObject()) {
            return null;
        }
        List<Trace.TraceEvent> events = new ArrayList<>();
        for (JsonNode e : trace.path("events")) {
            events.add(new Trace.TraceEvent(e.path("t_us").asLong(0), text(e, "thread"), text(e, "kind"),
                    text(e, "detail")));
        }
        return new Trace(events, traceThreads(trace.path("threads"), true), traceThreads(trace.path("deadlocks"), null),
                trace.path("overflow").asBoolean(false), Math.max(0, trace.path("dropped").asLong(0)), partial);
    }

    private static List<Trace.TraceThread> traceThreads(JsonNode array, Boolean approx) {
        List<Trace.TraceThread> threads = new ArrayList<>();
        for (JsonNode t : array) {
            List<String> holds = new ArrayList<>();
            for (JsonNode h : t.path("holds")) {
                holds.add(h.asText());
            }
            threads.add(new Trace.TraceThread(text(t, "name"), text(t, "state"), frames(t.get("frames")),
                    text(t, "waiting_on"), text(t, "lock_owner"), holds, approx));
        }
        threads.sort(Comparator.comparing(Trace.TraceThread::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return threads;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static Failure synthetic(String type, String message) {
        return new Failure(Failure.ERROR, type, message, null, null, null, null, null, List.of());
    }

    /** How strongly a result is evidenced; a stronger one replaces a weaker one for the same id. */
    private enum Evidence { FROM_CONTAINER, UNFINISHED, REPORTED }

    private record Candidate(TestCase test, Evidence evidence) {
    }

    private static final class Reader {
        private final String crashCause;
        private final Map<String, Candidate> tests = new HashMap<>();
        private final Set<ClassFailure> classFailures = new LinkedHashSet<>();
        /** Class name → the class skipped as a whole; once per class, whichever JVM or file reported it. */
        private final Map<String, SkippedClass> skippedClasses = new java.util.TreeMap<>();
        private final Map<String, TestCase> flaky = new TreeMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, Failure> classInitFailures = new TreeMap<>();

        Reader(String crashCause) {
            this.crashCause = crashCause == null || crashCause.isBlank() ? GENERIC_CRASH_CAUSE : crashCause.strip();
        }

        /** @param preparsed the file's first lines, parsed while the tests ran; null to read it all */
        void readFile(Path file, EventPreread.Parsed preparsed) {
            String fileName = file.getFileName().toString();
            Map<String, JsonNode> started = new LinkedHashMap<>();
            Map<String, JsonNode> provisional = new HashMap<>();
            List<Integer> malformed = new ArrayList<>();
            boolean finished = false;
            int number = 0;
            long offset = 0;
            try {
                if (preparsed != null && Files.size(file) >= preparsed.offset()) {
                    offset = preparsed.offset();
                    for (JsonNode event : preparsed.lines()) {
                        number++;
                        if (event != EventPreread.BLANK) {
                            finished |= event(event, number, fileName, started, provisional, malformed);
                        }
                    }
                }
            } catch (IOException e) {
                // read it all below
                number = 0;
                offset = 0;
            }
            try (InputStream stream = Files.newInputStream(file);
                    BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                stream.skipNBytes(offset);
                String line;
                while ((line = in.readLine()) != null) {
                    number++;
                    if (!line.isBlank()) {
                        finished |= event(parse(line), number, fileName, started, provisional, malformed);
                    }
                }
            } catch (IOException | RuntimeException e) {
                warnings.add("Could not read all of the listener's events in " + fileName + ": " + e);
            }
            endOfFile(fileName, finished, started, provisional, malformed);
        }

        /** One line of an events file; true for {@code run_finished}. */
        private boolean event(JsonNode event, int number, String fileName, Map<String, JsonNode> started,
                Map<String, JsonNode> provisional, List<Integer> malformed) {
            if (event == null) {
                malformed.add(number);
                return false;
            }
            boolean finished = false;
            switch (event.get("type").asText()) {
                case "test_started" -> started.put(text(event, "id"), event);
                case "test_trace" -> provisional.put(text(event, "id"), event.get("trace"));
                case "test_finished" -> {
                    started.remove(text(event, "id"));
                    testFinished(event, fileName, number);
                }
                case "test_skipped" -> offer(test(event, TestState.SKIPPED, null, text(event, "reason"), null),
                        Evidence.REPORTED);
                case "container_failed" -> {
                    // TestNG starts the tests a failed configuration method skips: listed here, they ended
                    for (JsonNode test : event.path("tests")) {
                        started.remove(text(test, "id"));
                    }
                    containerFailed(event, fileName, number);
                }
                case "run_finished" -> finished = true;
                default -> {
                    // run_started, and types a newer listener may add
                }
            }
            return finished;
        }

        private void endOfFile(String fileName, boolean finished, Map<String, JsonNode> started,
                Map<String, JsonNode> provisional, List<Integer> malformed) {
            if (!malformed.isEmpty()) {
                warnings.add("Skipped " + malformed.size() + " malformed line" + (malformed.size() == 1 ? "" : "s")
                        + " in " + fileName + " (line" + (malformed.size() == 1 ? " " : "s ")
                        + join(malformed.stream().map(String::valueOf).toList())
                        + "); a test JVM may have been killed while writing.");
            }
            if (!finished && started.isEmpty()) {
                warnings.add("The test JVM that wrote " + fileName + " stopped before the end of its run,"
                        + " between tests: " + crashCause);
            }
            for (JsonNode event : started.values()) {
                Failure failure = finished
                        ? synthetic(NO_RESULT, "The test started but its result was never reported.")
                        : synthetic(FORK_CRASH, "The test JVM died while this test was running: " + crashCause);
                TestCase test = test(event, TestState.FAILED, List.of(failure), null, null);
                Trace trace = trace(provisional.get(text(event, "id")), true);
                offer(trace == null ? test : test.withTrace(trace), Evidence.UNFINISHED);
            }
        }

        private static JsonNode parse(String line) {
            try {
                JsonNode node = MAPPER.readTree(line);
                return node != null && node.isObject() && node.path("type").isTextual()
                        && (node.get("id") == null || node.get("id").isTextual()) ? node : null;
            } catch (JacksonException e) {
                return null;
            }
        }

        private void testFinished(JsonNode event, String fileName, int line) {
            for (JsonNode warning : event.path("trace_warnings")) {
                if (warning.isTextual()) {
                    warnings.add("Flight recorder, " + text(event, "class") + "#" + text(event, "method") + ": "
                            + warning.asText());
                }
            }
            String status = text(event, "status");
            JsonNode throwable = event.get("failure");
            String className = text(event, "class");
            if ("passed".equals(status)) {
                offer(test(event, TestState.PASSED, null, null, null), Evidence.REPORTED);
            } else if ("failed".equals(status) && isClassInitFailure(throwable, className)) {
                Failure failure = failure(throwable, className);
                // The first test meets the ExceptionInInitializerError; later ones a NoClassDefFoundError that says
                // less, so the class failure keeps the former.
                classInitFailures.merge(className, failure,
                        (old, now) -> "java.lang.ExceptionInInitializerError".equals(now.type()) ? now : old);
                offer(test(event, TestState.INVALID, List.of(failure), null, text(event, "output")),
                        Evidence.REPORTED);
            } else if ("failed".equals(status)) {
                List<Failure> failures = throwable != null && throwable.isObject()
                        ? List.of(failure(throwable, className)) : null;
                TestCase test = test(event, TestState.FAILED, failures, null, text(event, "output"));
                Trace trace = trace(event.get("trace"), false);
                offer(trace == null ? test : test.withTrace(trace), Evidence.REPORTED);
            } else if ("aborted".equals(status)) {
                String reason = text(event, "reason");
                if (reason == null && throwable != null) {
                    reason = text(throwable, "message");
                }
                offer(test(event, TestState.SKIPPED, null, reason, null), Evidence.REPORTED);
            } else {
                warnings.add("Ignored a test_finished with unknown status '" + status + "' in " + fileName
                        + " line " + line + ".");
            }
        }

        private void containerFailed(JsonNode event, String fileName, int line) {
            String status = text(event, "status");
            String reason = text(event, "reason");
            JsonNode throwable = event.get("failure");
            String className = text(event, "class");
            JsonNode listed = event.path("tests");
            if ("failed".equals(status)) {
                Failure failure = throwable != null && throwable.isObject()
                        ? failure(throwable, className)
                        : synthetic(CONTAINER_FAILED, reason != null ? reason : "The container failed.");
                String owner = className != null ? className : text(event, "id");
                classFailures.add(new ClassFailure(owner, null, null, List.of(failure)));
                for (JsonNode test : listed) {
                    offer(test(test, TestState.INVALID, List.of(failure), null, null), Evidence.FROM_CONTAINER);
                }
            } else if ("aborted".equals(status) || "skipped".equals(status)) {
                if (reason == null && throwable != null) {
                    reason = text(throwable, "message");
                }
                String id = text(event, "id");
                // A class-level container: the Platform's, or the JUnit 4 listener's (its ids are "junit4:<class>").
                if ("aborted".equals(status) && className != null && id != null
                        && (id.startsWith("[engine:") || id.equals("junit4:" + className))) {
                    skippedClasses.putIfAbsent(className, new SkippedClass(className, null, null, reason,
                            listed.size()));
                }
                for (JsonNode test : listed) {
                    offer(test(test, TestState.SKIPPED, null, reason, null), Evidence.FROM_CONTAINER);
                }
            } else {
                warnings.add("Ignored a container_failed with unknown status '" + status + "' in " + fileName
                        + " line " + line + ".");
            }
        }

        private static TestCase test(JsonNode event, TestState state, List<Failure> failures, String skipReason,
                String output) {
            String id = text(event, "id");
            String method = text(event, "method");
            String name = text(event, "name");
            if (name == null) {
                name = method != null ? method : id;
            }
            List<String> tags = new ArrayList<>();
            for (JsonNode tag : event.path("tags")) {
                if (tag.isTextual()) {
                    tags.add(tag.asText());
                }
            }
            tags.sort(null);
            long duration = Math.max(0, event.path("duration_ms").asLong(0));
            return new TestCase(id, name, text(event, "class"), method, null, null, null, state, duration, tags,
                    failures, skipReason, state.isProblem() ? output : null);
        }

        private void offer(TestCase test, Evidence evidence) {
            if (test.id() == null) {
                return;
            }
            Candidate existing = tests.get(test.id());
            if (existing == null || evidence.compareTo(existing.evidence()) > 0) {
                tests.put(test.id(), new Candidate(test, evidence));
                return;
            }
            if (evidence == Evidence.REPORTED && existing.evidence() == Evidence.REPORTED) {
                TestState before = existing.test().state();
                TestState now = test.state();
                // Surefire's rerunFailingTestsCount reruns a failed test in the same JVM: failed, then passed, is a
                // flake. It keeps the first failure's detail, and the passing run as its rerun.
                if (before.isProblem() && now == TestState.PASSED) {
                    tests.put(test.id(), new Candidate(test, evidence));
                    flaky.putIfAbsent(test.id(), existing.test().withRerun(test));
                } else if (before == TestState.PASSED && now.isProblem()) {
                    flaky.putIfAbsent(test.id(), test.withRerun(existing.test()));
                }
            }
        }

        RunEvents result(boolean listenerRan) {
            classInitFailures.forEach((className, failure) ->
                    classFailures.add(new ClassFailure(className, null, null, List.of(failure))));
            List<TestCase> sorted = tests.values().stream()
                    .map(Candidate::test)
                    .filter(t -> !flaky.containsKey(t.id()))
                    .sorted(Comparator.comparing(TestCase::id))
                    .toList();
            List<ClassFailure> failures = classFailures.stream()
                    .sorted(Comparator.comparing(ClassFailure::className, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(f -> String.valueOf(f.failures().get(0).message())))
                    .toList();
            return new RunEvents(sorted, failures, listenerRan, warnings, List.copyOf(flaky.values()),
                    List.copyOf(skippedClasses.values()));
        }

        private static String join(List<String> parts) {
            return String.join(", ", parts);
        }
    }
}

package dev.tracer.listener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports every test of a JUnit Platform run as events (see the package documentation). Registered through
 * {@code META-INF/services} in the listener jar; inert unless the jar's properties name an events directory.
 * Never throws out of a callback.
 *
 * <ul>
 *   <li>A container with a {@code MethodSource} (parameterized test, test factory) is method-level: when it fails
 *       or aborts it is reported as a {@code test_finished} of its own, when it is skipped as a
 *       {@code test_skipped}. Any other container (class, {@code @Nested} class, engine) that fails, aborts or is
 *       skipped gives a {@code container_failed}.</li>
 *   <li>The {@code tests} of a {@code container_failed} are the never-started tests below it, plus method-level
 *       containers without children (a parameterized method whose invocations were never generated), so that
 *       such a method is not lost.</li>
 *   <li>A test (or method-level container) aborted with the very exception of a failed TestNG configuration method
 *       ({@link ConfigFailures}, recorded by the TestNG listener that testng-engine's TestNG also loads) never ran:
 *       it is reported as a {@code container_failed} of its class listing it, so it reads as invalid, as under
 *       Surefire's own TestNG provider and as a test whose {@code @BeforeAll} failed.</li>
 *   <li>Each test plan gives one {@code run_started}/{@code run_finished} pair; a JVM that executes several
 *       plans (Surefire's reruns) writes several pairs to the same file.</li>
 * </ul>
 */
public class TracerPlatformListener implements TestExecutionListener {

    private final Path eventsDir;
    private final Object lock = new Object();
    private volatile boolean resolved;
    private volatile Recorder recorder;
    private volatile TestPlan testPlan;
    /** The tests that started and have not finished, with what their events say of them. */
    private final Map<TestIdentifier, TestRef> refs = new ConcurrentHashMap<>();
    /** What each container of the plan gives the tests below it. */
    private final Map<TestIdentifier, Ancestry> ancestries = new ConcurrentHashMap<>();

    /** Used by {@code ServiceLoader}: writes where the listener jar's properties say. */
    public TracerPlatformListener() {
        this(null);
    }

    /** Writes to {@code eventsDir} (tests). */
    TracerPlatformListener(Path eventsDir) {
        this.eventsDir = eventsDir;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        try {
            Recorder r = recorder();
            if (r != null) {
                refs.clear();
                ancestries.clear();
                testPlan = plan;
                r.runStarted("platform");
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        try {
            Recorder r = recorder();
            if (r != null) {
                r.runFinished();
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        try {
            Recorder r = recorder();
            if (r == null) {
                return;
            }
            if (identifier.isTest()) {
                r.testStarted(ref(identifier));
            } else if (isMethodLevel(identifier)) {
                r.containerStarted(identifier.getUniqueId());
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        try {
            Recorder r = recorder();
            if (r == null) {
                return;
            }
            if (identifier.isTest() || isMethodLevel(identifier)) {
                // a skipped method-level container (a @Disabled parameterized test) has no invocations to list
                r.testSkipped(lastRef(identifier), reason);
            } else {
                // the Platform reports nothing below a skipped container
                r.containerFailed(identifier.getUniqueId(), className(identifier), Recorder.SKIPPED, reason, null,
                        testsBelow(identifier));
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        try {
            Recorder r = recorder();
            if (r == null) {
                return;
            }
            TestExecutionResult.Status status = result.getStatus();
            Throwable throwable = result.getThrowable().orElse(null);
            boolean successful = status == TestExecutionResult.Status.SUCCESSFUL;
            boolean aborted = status == TestExecutionResult.Status.ABORTED;
            if ((identifier.isTest() || isMethodLevel(identifier)) && aborted
                    && ConfigFailures.contains(throwable)) {
                // TestNG (testng-engine) skipped it because a configuration method (@BeforeClass, @BeforeMethod)
                // failed, handing it that method's exception: it never ran
                TestRef test = lastRef(identifier);
                r.testNeverRan(classContainerId(identifier), test.className, throwable, test);
            } else if (identifier.isTest()) {
                if (successful) {
                    r.testFinished(lastRef(identifier), Recorder.PASSED, null, null);
                } else if (aborted) {
                    r.testFinished(lastRef(identifier), Recorder.ABORTED, ThrowableJson.reason(throwable), null);
                } else {
                    r.testFinished(lastRef(identifier), Recorder.FAILED, null, throwable);
                }
            } else if (isMethodLevel(identifier)) {
                if (successful) {
                    r.containerFinished(identifier.getUniqueId());
                } else if (aborted) {
                    r.testFinished(lastRef(identifier), Recorder.ABORTED, ThrowableJson.reason(throwable), null);
                } else {
                    // a parameterized test whose arguments source threw, a @TestFactory that threw
                    r.testFinished(lastRef(identifier), Recorder.FAILED, null, throwable);
                }
            } else if (!successful) {
                r.containerFailed(identifier.getUniqueId(), className(identifier),
                        aborted ? Recorder.ABORTED : Recorder.FAILED,
                        aborted ? ThrowableJson.reason(throwable) : null,
                        aborted ? null : throwable,
                        testsBelow(identifier));
            }
        } catch (Throwable t) {
            ListenerErrors.report(t);
        }
    }

    private Recorder recorder() throws Exception {
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
        return recorder;
    }

    /**
     * The tests below a container, all levels, plus method-level containers without children (a parameterized
     * method whose invocations were never generated): what never runs when the container fails or is skipped.
     */
    private List<TestRef> testsBelow(TestIdentifier container) {
        TestPlan plan = testPlan;
        if (plan == null) {
            return Collections.emptyList();
        }
        List<TestRef> tests = new ArrayList<>();
        for (TestIdentifier descendant : plan.getDescendants(container)) {
            if (descendant.isTest()
                    || isMethodLevel(descendant) && plan.getChildren(descendant).isEmpty()) {
                tests.add(newRef(descendant));
            }
        }
        return tests;
    }

    /**
     * The test's identity, made once between its start and its end: a test's {@code executionStarted} makes it and
     * its {@code executionFinished} takes it back, so that the 2 callbacks of every test do not walk the plan twice.
     */
    private TestRef ref(TestIdentifier identifier) {
        TestRef ref = refs.get(identifier);
        if (ref == null) {
            ref = newRef(identifier);
            refs.put(identifier, ref);
        }
        return ref;
    }

    /** The test's identity for its last event: whatever its start made, which is dropped now. */
    private TestRef lastRef(TestIdentifier identifier) {
        TestRef ref = refs.remove(identifier);
        return ref != null ? ref : newRef(identifier);
    }

    private TestRef newRef(TestIdentifier identifier) {
        TestPlan plan = testPlan;
        Ancestry above = plan == null ? Ancestry.NONE
                : plan.getParent(identifier).map(parent -> ancestry(plan, parent)).orElse(Ancestry.NONE);
        TestSource own = identifier.getSource().orElse(null);
        TestSource source = own instanceof MethodSource || own instanceof ClassSource ? own : above.source;
        String className = null;
        String methodName = null;
        if (source instanceof MethodSource) {
            className = ((MethodSource) source).getClassName();
            methodName = ((MethodSource) source).getMethodName();
        } else if (source instanceof ClassSource) {
            className = ((ClassSource) source).getClassName();
        }
        // With the enclosing containers' tags: testng-engine tags a data-driven method, not its invocations
        // (Jupiter's tests already carry their class's and method's tags).
        Set<String> tags = new TreeSet<>(above.tags);
        for (TestTag tag : identifier.getTags()) {
            tags.add(tag.getName());
        }
        return new TestRef(identifier.getUniqueId(), className, methodName, identifier.getDisplayName(),
                above.names, new ArrayList<>(tags));
    }

    /**
     * What a container and the containers above it give the tests below it: the nearest method or class source,
     * the tags, and the display names below the engine, outermost first. Made once per container.
     */
    private static final class Ancestry {
        static final Ancestry NONE = new Ancestry(null, Collections.<String>emptySet(), Collections.<String>emptyList());

        final TestSource source;
        final Set<String> tags;
        final List<String> names;

        Ancestry(TestSource source, Set<String> tags, List<String> names) {
            this.source = source;
            this.tags = tags;
            this.names = names;
        }
    }

    private Ancestry ancestry(TestPlan plan, TestIdentifier container) {
        Ancestry known = ancestries.get(container);
        if (known != null) {
            return known;
        }
        Ancestry above = plan.getParent(container).map(parent -> ancestry(plan, parent)).orElse(Ancestry.NONE);
        TestSource own = container.getSource().orElse(null);
        TestSource source = own instanceof MethodSource || own instanceof ClassSource ? own : above.source;
        Set<String> tags = new TreeSet<>(above.tags);
        for (TestTag tag : container.getTags()) {
            tags.add(tag.getName());
        }
        List<String> names = new ArrayList<>(above.names);
        if (!isEngine(container)) {
            names.add(container.getDisplayName());
        }
        Ancestry made = new Ancestry(source, Collections.unmodifiableSet(tags), Collections.unmodifiableList(names));
        Ancestry raced = ancestries.putIfAbsent(container, made);
        return raced != null ? raced : made;
    }

    /** The unique id of the nearest enclosing container with a class source, else the identifier's own. */
    private String classContainerId(TestIdentifier identifier) {
        TestPlan plan = testPlan;
        Optional<TestIdentifier> parent = plan == null ? Optional.<TestIdentifier>empty() : plan.getParent(identifier);
        while (parent.isPresent()) {
            if (parent.get().getSource().orElse(null) instanceof ClassSource) {
                return parent.get().getUniqueId();
            }
            parent = plan.getParent(parent.get());
        }
        return identifier.getUniqueId();
    }

    private static boolean isEngine(TestIdentifier identifier) {
        String uniqueId = identifier.getUniqueId();
        int last = uniqueId.lastIndexOf("/[");
        return uniqueId.startsWith("[engine:", last < 0 ? 0 : last + 1);
    }

    private static boolean isMethodLevel(TestIdentifier identifier) {
        return identifier.getSource().orElse(null) instanceof MethodSource;
    }

    private static String className(TestIdentifier identifier) {
        TestSource source = identifier.getSource().orElse(null);
        return source instanceof ClassSource ? ((ClassSource) source).getClassName() : null;
    }
}

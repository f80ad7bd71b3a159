package dev.tracer.listener;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The exceptions of TestNG configuration methods ({@code @BeforeClass}, {@code @BeforeMethod}, ...) that failed in this
 * JVM. TestNG skips the tests such a failure stops and hands each skipped result that very exception, so a skipped
 * test whose throwable is one of these never ran because its setup failed: it is invalid, not skipped. The TestNG
 * listener fills this set (on every path, including TestNG inside the JUnit Platform's testng-engine, where it writes
 * no events of its own) and the Platform listener reads it; neither references the other. JDK only; weak, so that
 * the exceptions do not outlive their tests.
 */
final class ConfigFailures {

    private static final Set<Throwable> FAILURES =
            Collections.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<Throwable, Boolean>()));

    /** The classes whose configuration method failed, for a TestNG before 7 that hands skipped tests no cause. */
    private static final Set<String> CLASSES = Collections.synchronizedSet(new java.util.HashSet<String>());

    private ConfigFailures() {
    }

    static void addClass(String className) {
        if (className != null) {
            CLASSES.add(className);
        }
    }

    /** Whether a configuration method of {@code className} failed in this JVM. */
    static boolean classFailed(String className) {
        return className != null && CLASSES.contains(className);
    }

    static void add(Throwable failure) {
        if (failure != null) {
            FAILURES.add(failure);
        }
    }

    /** Whether {@code failure} is (the very object) a failed configuration method's exception. */
    static boolean contains(Throwable failure) {
        return failure != null && FAILURES.contains(failure);
    }

    /** For tests. */
    static void clear() {
        FAILURES.clear();
        CLASSES.clear();
    }

    /** For tests. */
    static int size() {
        return FAILURES.size();
    }
}

package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tracer.listenerjar.ListenerJar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What runs in the user's test JVM references only the JDK and the test frameworks, and the two listeners never
 * reference each other (a NoClassDefFoundError inside a listener would be swallowed by the framework).
 * Checked on the compiled classes' constant pools.
 */
class ListenerIsolationTest {

    private static final String PLATFORM = "dev/tracer/listener/TracerPlatformListener.class";
    private static final String JUNIT4 = "dev/tracer/listener/TracerRunListener.class";
    private static final String SELECTION = "dev/tracer/listener/TracerSelectionFilter.class";
    private static final String TESTNG = "dev/tracer/listener/TracerTestNgListener.class";
    private static final String TESTNG_SELECTION = "dev/tracer/listener/TracerTestNgSelection.class";

    @Test
    void sharedHelpersUseOnlyTheJdk() throws Exception {
        for (String resource : ListenerJar.CLASS_RESOURCES) {
            if (resource.equals(PLATFORM) || resource.startsWith(PLATFORM.replace(".class", "$")) || resource.equals(JUNIT4) || resource.equals(SELECTION)
                    || resource.equals(TESTNG) || resource.equals(TESTNG_SELECTION)) {
                continue;
            }
            String pool = constants(resource);
            assertFalse(pool.contains("org/junit"), resource);
            assertFalse(pool.contains("org/opentest4j"), resource);
            assertFalse(pool.contains("org/testng"), resource);
            assertFalse(pool.contains("TracerPlatformListener") || pool.contains("TracerRunListener")
                    || pool.contains("TracerTestNg"), resource);
        }
    }

    @Test
    void noListenerClassReferencesTracerOutsideThePackageOrListenerJar() throws Exception {
        for (String resource : ListenerJar.CLASS_RESOURCES) {
            String pool = constants(resource).replace("dev/tracer/listener/", "");
            assertFalse(pool.contains("dev/tracer/"), resource);
            assertFalse(pool.contains("ListenerJar"), resource);
            assertFalse(pool.contains("com/fasterxml"), resource);
        }
    }

    @Test
    void onlyTheJfrSourceTouchesJdkJfrAndNothingReferencesItButByName() throws Exception {
        for (String resource : ListenerJar.CLASS_RESOURCES) {
            if (resource.startsWith("dev/tracer/listener/JfrTraceSource")) {
                continue;
            }
            String pool = constants(resource);
            assertFalse(pool.contains("jdk/jfr"), resource);
            // by name (a string with dots) is fine; a class reference (slashes) would load it with its user
            assertFalse(pool.contains("dev/tracer/listener/JfrTraceSource"), resource + " references the JFR source");
        }
    }

    @Test
    void platformListenerNeverReferencesJUnit4() throws Exception {
        String pool = constants(PLATFORM);
        assertFalse(pool.contains("TracerRunListener"));
        assertFalse(pool.contains("org/junit/runner"));
        assertFalse(pool.contains("Lorg/junit/Ignore"));
    }

    @Test
    void selectionFilterUsesOnlyThePlatformAndReachesJupiterReflectively() throws Exception {
        String pool = constants(SELECTION);
        assertFalse(pool.contains("TracerRunListener") || pool.contains("TracerPlatformListener"));
        assertFalse(pool.contains("org/junit/runner"));
        assertFalse(pool.contains("org/junit/jupiter"), "Jupiter only by name, so the class loads without it");
    }

    @Test
    void testNgListenersUseOnlyTestNgAndNeverEachOtherOrJUnit() throws Exception {
        for (String resource : List.of(TESTNG, TESTNG_SELECTION)) {
            String pool = constants(resource);
            assertFalse(pool.contains("org/junit"), resource);
            assertFalse(pool.contains("TracerPlatformListener") || pool.contains("TracerRunListener")
                    || pool.contains("TracerSelectionFilter"), resource);
        }
        assertFalse(constants(TESTNG).contains("TracerTestNgSelection"));
        assertFalse(constants(TESTNG_SELECTION).contains("TracerTestNgListener"));
        // the listener loads on TestNG 6, which has no data provider interceptor
        assertFalse(constants(TESTNG).contains("IDataProviderInterceptor"));
    }

    @Test
    void platformAndJUnit4ListenersNeverReferenceTestNg() throws Exception {
        for (String resource : List.of(PLATFORM, JUNIT4, SELECTION)) {
            String pool = constants(resource);
            assertFalse(pool.contains("org/testng") || pool.contains("TracerTestNg"), resource);
        }
    }

    @Test
    void runListenerNeverReferencesThePlatform() throws Exception {
        String pool = constants(JUNIT4);
        assertFalse(pool.contains("TracerPlatformListener"));
        assertFalse(pool.contains("org/junit/platform"));
        assertFalse(pool.contains("org/junit/jupiter"));
    }

    private static String constants(String resource) throws Exception {
        return new String(classBytes(resource), StandardCharsets.ISO_8859_1);
    }

    private static byte[] classBytes(String resource) throws IOException {
        try (InputStream in = ListenerIsolationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}

package dev.tracer.listener;

/**
 * Which runner drives TestNG in this JVM, told from the stack of the thread that loads the TestNG listeners (TestNG
 * instantiates its {@code ServiceLoader} listeners inside {@code TestNG.run()}). JDK only.
 */
final class TestNgProvider {

    /** Surefire's own TestNG provider (up to Surefire 3.5). */
    static final String SUREFIRE_TESTNG = "org.apache.maven.surefire.testng.";
    /** The JUnit Platform: TestNG inside testng-engine (Surefire 3.6+), whose tests the Platform listener reports. */
    static final String PLATFORM = "org.junit.platform.";

    private TestNgProvider() {
    }

    /** Whether the stack runs under Surefire's classic TestNG provider and not inside the JUnit Platform. */
    static boolean classic(StackTraceElement[] stack) {
        boolean surefireTestNg = false;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (name.startsWith(PLATFORM)) {
                return false;
            }
            surefireTestNg |= name.startsWith(SUREFIRE_TESTNG);
        }
        return surefireTestNg;
    }
}

package dev.tracer.maven.surefire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.maven.artifact.versioning.ComparableVersion;

/** Which Surefire versions Tracer can drive, and what each needs. */
final class SurefireVersions {
    static final String GROUP_ID = "org.apache.maven.plugins";
    static final String ARTIFACT_ID = "maven-surefire-plugin";
    static final String KEY = GROUP_ID + ":" + ARTIFACT_ID;
    /** Surefire's default {@code testNGArtifactName}: with it on the test classpath, Surefire runs its TestNG provider. */
    static final String TESTNG_KEY = "org.testng:testng";

    /** Below this, Surefire cannot run JUnit 5 and does not resolve {@code @{argLine}}. */
    static final String FLOOR = "3.2.0";

    /** From this version on, Surefire runs JUnit 4 on the JUnit Platform, so the JUnit 4 RunListener must not be added. */
    static final String PLATFORM_FOR_ALL = "3.6.0";

    /** The version run in place of one below {@link #FLOOR}; set in the POM ({@code tracer.surefire.pinned}). */
    static final String PINNED = load().getProperty("surefire.pinned");

    private SurefireVersions() {
    }

    static boolean belowFloor(String version) {
        return version == null || compare(version, FLOOR) < 0;
    }

    static boolean needsRunListener(String version) {
        return compare(version, PLATFORM_FOR_ALL) < 0;
    }

    /**
     * Whether to register the JUnit 4 RunListener through Surefire's {@code listener} property: only below
     * {@link #PLATFORM_FOR_ALL}, and never when TestNG is on the test classpath. Surefire then picks its TestNG
     * provider (ahead of the JUnit 4 ones), which reads that property as TestNG listener class names: our RunListener
     * would fail to load there (JUnit is usually absent) and take the fork down. The TestNG listener registers itself
     * through the listener jar's service file instead.
     *
     * @param testNgOnClasspath whether {@code org.testng:testng} is among the project's test artifacts
     */
    static boolean needsRunListener(String version, boolean testNgOnClasspath) {
        return !testNgOnClasspath && needsRunListener(version);
    }

    static int compare(String a, String b) {
        return new ComparableVersion(a).compareTo(new ComparableVersion(b));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SurefireVersions.class.getResourceAsStream("/dev/tracer/tracer.properties")) {
            if (in == null) {
                throw new IllegalStateException("dev/tracer/tracer.properties is missing from the plugin jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

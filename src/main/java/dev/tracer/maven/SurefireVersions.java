package dev.tracer.maven;

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

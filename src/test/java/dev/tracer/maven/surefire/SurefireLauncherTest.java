package dev.tracer.maven.surefire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.pipeline.TestRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a pass asks of Surefire, over the user's configuration. */
class SurefireLauncherTest {

    private static final Path JAR = Path.of("target/tracer/listener/tracer-listener.jar");
    private static final Path EVENTS = Path.of("target/tracer/events");

    @Test
    void theFirstPassKeepsTheUsersSelectionReportsAndArgLine() {
        assertEquals(Map.of(), SurefireLauncher.parameters(new TestRunner.Pass(JAR, EVENTS, "L", null, null, null)));
    }

    @Test
    void aRerunSelectsItsClassesWithoutFailingOnAnEmptyOneAndWritesItsReportsApart() {
        Map<String, String> parameters = SurefireLauncher.parameters(new TestRunner.Pass(JAR, EVENTS, "L",
                "shop.CartTest", Path.of("target/tracer/rerun-reports"), "-javaagent:jacoco.jar"));
        assertEquals(List.of("test", "failIfNoSpecifiedTests", "reportsDirectory", "argLine"),
                List.copyOf(parameters.keySet()));
        assertEquals("shop.CartTest", parameters.get("test"));
        assertEquals("false", parameters.get("failIfNoSpecifiedTests"));
        assertEquals(Path.of("target/tracer/rerun-reports").toString(), parameters.get("reportsDirectory"));
        assertEquals("-javaagent:jacoco.jar", parameters.get("argLine"));
    }

    @Test
    void testNg7HasTheDataProviderInterceptorAndAJarWithoutItIsOld(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Path testNg7 = Path.of(org.testng.IDataProviderInterceptor.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        org.junit.jupiter.api.Assertions.assertTrue(SurefireLauncher.hasDataProviderInterceptor(testNg7));

        Path old = temp.resolve("testng-6.9.10.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(old))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("org/testng/ITestNGListener.class"));
            zip.closeEntry();
        }
        org.junit.jupiter.api.Assertions.assertFalse(SurefireLauncher.hasDataProviderInterceptor(old));
        org.junit.jupiter.api.Assertions.assertFalse(SurefireLauncher.hasDataProviderInterceptor(temp.resolve("absent.jar")));
    }
}

package dev.tracer.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JacocoAgentTest {
    private static final Path BASE = Path.of("/p/app");
    private static final Path JAR = Path.of("/p/app/target/tracer/listener/jacocoagent.jar");
    private static final Path OWN = Path.of("/p/app/target/tracer/jacoco.exec");
    private static final String AGENT = "-javaagent:" + JAR + "=destfile=" + OWN + ",excludes=dev.tracer.listener.*";
    private static final String PREPARED = "-javaagent:/m2/org/jacoco/org.jacoco.agent/0.8.15/"
            + "org.jacoco.agent-0.8.15-runtime.jar=destfile=/p/app/target/jacoco.exec";

    @Test
    void extractsAnAgentJarWithPremainClass(@TempDir Path dir) throws Exception {
        Path jar = JacocoAgent.extract(dir);
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("org.jacoco.agent.rt.internal_" ,
                    file.getManifest().getMainAttributes().getValue("Premain-Class").substring(0, 29));
        }
        long modified = Files.getLastModifiedTime(jar).toMillis();
        Thread.sleep(20);
        assertEquals(jar, JacocoAgent.extract(dir));
        assertEquals(modified, Files.getLastModifiedTime(jar).toMillis(), "an identical jar is not rewritten");
    }

    @Test
    void noArgLineGetsTheAgentAlone() {
        JacocoAgent.Plan plan = JacocoAgent.plan(null, null, JAR, OWN, null, BASE);
        assertEquals(AGENT, plan.argLine());
        assertEquals(OWN, plan.execFile());
        assertFalse(plan.reused());
    }

    @Test
    void includesNarrowTheOwnAgentOnly() {
        assertEquals(AGENT + ",includes=app.*:core.* -Xmx1g",
                JacocoAgent.plan(null, "-Xmx1g", JAR, OWN, "app.*:core.*", BASE).argLine());
        assertNull(JacocoAgent.plan(null, PREPARED, JAR, OWN, "app.*", BASE).argLine(), "the project's agent is kept");
    }

    @Test
    void argLinePropertyIsKeptAfterTheAgent() {
        assertEquals(AGENT + " -Xmx256m", JacocoAgent.plan(null, "-Xmx256m", JAR, OWN, null, BASE).argLine());
    }

    @Test
    void hardCodedArgLineIsKept() {
        assertEquals(AGENT + " -Dfoo=bar", JacocoAgent.plan("-Dfoo=bar", "-Xmx1g", JAR, OWN, null, BASE).argLine());
    }

    @Test
    void lateBoundArgLineIsResolvedAndEmptyWhenUnset() {
        assertEquals(AGENT + " -Dfoo=bar",
                JacocoAgent.plan("@{argLine} -Dfoo=bar", null, JAR, OWN, null, BASE).argLine());
        assertEquals(AGENT + " -Xmx1g -Dfoo=bar",
                JacocoAgent.plan("@{argLine} -Dfoo=bar", "-Xmx1g", JAR, OWN, null, BASE).argLine());
        assertEquals(AGENT + " -Xmx1g", JacocoAgent.plan("${argLine}", "-Xmx1g", JAR, OWN, null, BASE).argLine());
    }

    @Test
    void otherLateBoundPropertiesAreLeftToSurefire() {
        assertEquals(AGENT + " @{extra}", JacocoAgent.plan("@{argLine} @{extra}", "", JAR, OWN, null, BASE).argLine());
    }

    @Test
    void preparedAgentIsReusedNotDoubled() {
        JacocoAgent.Plan viaProperty = JacocoAgent.plan("@{argLine} -Dx=1", PREPARED + " -Xmx1g", JAR, OWN, null, BASE);
        assertNull(viaProperty.argLine());
        assertTrue(viaProperty.reused());
        assertEquals(Path.of("/p/app/target/jacoco.exec"), viaProperty.execFile());
        assertTrue(JacocoAgent.plan(null, PREPARED, JAR, OWN, null, BASE).reused());
        assertTrue(JacocoAgent.plan(PREPARED, null, JAR, OWN, null, BASE).reused());
    }

    @Test
    void propertyAgentHiddenByAHardCodedArgLineDoesNotCount() {
        JacocoAgent.Plan plan = JacocoAgent.plan("-Dfoo=bar", PREPARED, JAR, OWN, null, BASE);
        assertFalse(plan.reused());
        assertEquals(AGENT + " -Dfoo=bar", plan.argLine());
    }

    @Test
    void destfileDefaultsToJacocoExecInTheWorkingDirectory() {
        assertEquals(BASE.resolve("jacoco.exec"),
                JacocoAgent.existingDestfile("-javaagent:/x/jacocoagent.jar", BASE));
        assertEquals(BASE.resolve("target/my.exec"),
                JacocoAgent.existingDestfile("-javaagent:/x/jacocoagent.jar=append=true,destfile=target/my.exec",
                        BASE));
        assertEquals(Path.of("/a b/c.exec"),
                JacocoAgent.existingDestfile("\"-javaagent:/a b/org.jacoco.agent-0.8.15-runtime.jar=destfile=/a b/c.exec\"",
                        BASE));
        assertNull(JacocoAgent.existingDestfile("-javaagent:/x/aspectjweaver.jar -Xmx1g", BASE));
    }

    @Test
    void pathsWithSpacesAreQuoted() {
        assertEquals("\"-javaagent:/a b/j.jar=destfile=/a b/j.exec,excludes=dev.tracer.listener.*\"",
                JacocoAgent.argument(Path.of("/a b/j.jar"), Path.of("/a b/j.exec"), null));
    }
}

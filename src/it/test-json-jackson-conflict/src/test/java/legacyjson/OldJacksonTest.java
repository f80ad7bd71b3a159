package legacyjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fails if anything but the project's own Jackson 2.9.10 reaches the test JVM (tracer uses a newer Jackson). */
class OldJacksonTest {

    @Test
    void objectMapperIsTheProjectsOwnVersion() {
        assertEquals("2.9.10", new ObjectMapper().version().toString());
        assertEquals("2.9.10", PackageVersion.VERSION.toString());
        String jar = ObjectMapper.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(jar.endsWith("jackson-databind-2.9.10.jar"), "ObjectMapper comes from " + jar);
    }

    @Test
    void onlyTheProjectsJacksonIsOnTheTestClasspath() {
        List<String> foreign = new ArrayList<>();
        for (String entry : testClasspath()) {
            String name = new File(entry).getName();
            if (name.startsWith("jackson-") && !name.endsWith("-2.9.10.jar")) {
                foreign.add(entry);
            }
            // tracer's own dependencies and the plugin jar itself (only its listener jar may be there)
            String path = entry.replace(File.separatorChar, '/');
            if (path.contains("/com/github/javaparser/") || path.contains("/dev/tracer/tracer-maven-plugin/")) {
                foreign.add(entry);
            }
        }
        assertEquals(List.of(), foreign, "jars on the test classpath that the project did not ask for");
    }

    @Test
    void tracerCoreClassesAreNotOnTheTestClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.tracer.model.TestDocument"));
    }

    @Test
    void serializesWithTheOldJackson() throws Exception {
        assertEquals("{\"number\":\"A-1\",\"cents\":1250}", Invoice.toJson("A-1", 1250));
    }

    /** Surefire puts the real test classpath in surefire.test.class.path (java.class.path holds its booter jar). */
    private static List<String> testClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>(List.of(cp.split(File.pathSeparator)));
        assertTrue(entries.size() > 1, "no test classpath found in " + cp);
        return entries;
    }
}

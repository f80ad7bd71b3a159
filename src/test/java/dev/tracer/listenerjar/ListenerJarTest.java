package dev.tracer.listenerjar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import dev.tracer.listener.TracerPlatformListener;
import dev.tracer.listener.TracerRunListener;
import dev.tracer.listener.TracerTestNgListener;
import dev.tracer.listener.TracerTestNgSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenerJarTest {

    /** A path with spaces, parentheses, characters Properties treats specially, and non-ASCII text. */
    private static final String AWKWARD_DIR = "events dir (1) =:#! ünï \u6587";

    @TempDir
    Path temp;

    @Test
    void jarHoldsExactlyTheListenerClassesTheServiceFileAndTheProperties() throws Exception {
        Path eventsDir = temp.resolve(AWKWARD_DIR);
        Path jar = ListenerJar.write(temp.resolve("out/tracer-listener.jar"), eventsDir);

        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).collect(Collectors.toList());
            List<String> expected = new ArrayList<>(List.of("META-INF/MANIFEST.MF",
                    ListenerJar.PLATFORM_SERVICE_RESOURCE, ListenerJar.TESTNG_SERVICE_RESOURCE));
            expected.addAll(ListenerJar.CLASS_RESOURCES);
            expected.add(ListenerJar.PROPERTIES_RESOURCE);
            assertEquals(expected, names);
            assertEquals(ListenerJar.TESTNG_LISTENER_CLASS + "\n", text(zip, ListenerJar.TESTNG_SERVICE_RESOURCE),
                    "without a selection, no data provider interceptor");

            assertEquals(ListenerJar.PLATFORM_LISTENER_CLASS + "\n", text(zip, ListenerJar.PLATFORM_SERVICE_RESOURCE));

            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(zip.getEntry(ListenerJar.PROPERTIES_RESOURCE))) {
                properties.load(in);
            }
            assertEquals(eventsDir.toAbsolutePath().toString(), properties.getProperty(ListenerJar.EVENTS_DIR_KEY));

            for (String resource : ListenerJar.CLASS_RESOURCES) {
                assertArrayEquals(classBytes(resource), zip.getInputStream(zip.getEntry(resource)).readAllBytes(),
                        resource);
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF"))) {
                assertEquals("1.0", new Manifest(in).getMainAttributes().getValue("Manifest-Version"));
            }
        }
    }

    @Test
    void everyListenerClassIsInTheJar() throws Exception {
        Path classes = Paths.get(TracerPlatformListener.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> compiled;
        try (Stream<Path> files = Files.list(classes.resolve("dev/tracer/listener"))) {
            compiled = files.map(f -> "dev/tracer/listener/" + f.getFileName())
                    .filter(name -> name.endsWith(".class"))
                    .filter(name -> !name.equals("dev/tracer/listener/package-info.class"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertEquals(compiled, new TreeSet<>(ListenerJar.CLASS_RESOURCES));
        assertFalse(ListenerJar.CLASS_RESOURCES.stream().anyMatch(name -> name.contains("ListenerJar")));
    }

    @Test
    void aJarMadeByTheSamePluginWithTheSameSettingsIsKeptAsItIs() throws Exception {
        Path jar = temp.resolve("out/tracer-listener.jar");
        Path eventsDir = temp.resolve("events");
        byte[] built = Files.readAllBytes(ListenerJar.write(jar, eventsDir, null, null, null, true, "plugin-1"));
        assertTrue(Files.isRegularFile(temp.resolve("out/tracer-listener.jar.key")));
        // Same length and time, other bytes: only a jar that was not rebuilt keeps them.
        FileTime time = Files.getLastModifiedTime(jar);
        byte[] marked = built.clone();
        marked[marked.length / 2] ^= 1;
        Files.write(jar, marked);
        Files.setLastModifiedTime(jar, time);

        ListenerJar.write(jar, eventsDir, null, null, null, true, "plugin-1");
        assertArrayEquals(marked, Files.readAllBytes(jar), "same plugin, same settings: kept");

        ListenerJar.write(jar, eventsDir, null, null, null, true, "plugin-2");
        assertArrayEquals(built, Files.readAllBytes(jar), "another plugin jar: rebuilt");

        ListenerJar.write(jar, temp.resolve("other-events"), null, null, null, true, "plugin-2");
        assertArrayEquals(ListenerJar.content(temp.resolve("other-events")), Files.readAllBytes(jar),
                "other settings: rebuilt");

        Files.write(jar, new byte[] {1, 2, 3});
        ListenerJar.write(jar, temp.resolve("other-events"), null, null, null, true, "plugin-2");
        assertArrayEquals(ListenerJar.content(temp.resolve("other-events")), Files.readAllBytes(jar),
                "a jar changed by someone else: rebuilt");

        ListenerJar.write(jar, eventsDir, null, null, null, true, null);
        assertArrayEquals(built, Files.readAllBytes(jar), "classes from a directory: always built");
        assertFalse(Files.exists(temp.resolve("out/tracer-listener.jar.key")));
    }

    @Test
    void twoWritesAreByteIdentical() throws Exception {
        Path eventsDir = temp.resolve("events");

        byte[] first = Files.readAllBytes(ListenerJar.write(temp.resolve("a.jar"), eventsDir));
        Thread.sleep(2_100); // zip times have a 2 s resolution: a clock leaking into the entries would show
        byte[] second = Files.readAllBytes(ListenerJar.write(temp.resolve("b.jar"), eventsDir));
        byte[] rewritten = Files.readAllBytes(ListenerJar.write(temp.resolve("a.jar"), eventsDir));

        assertArrayEquals(first, second);
        assertArrayEquals(first, rewritten);
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(Set.of("a.jar", "b.jar"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()), "no temp file left");
        }
    }

    @Test
    void anotherEventsDirGivesAnotherJar() throws Exception {
        byte[] first = ListenerJar.content(temp.resolve("one"));
        byte[] second = ListenerJar.content(temp.resolve("two"));

        assertFalse(java.util.Arrays.equals(first, second));
    }

    @Test
    void relativeEventsDirIsMadeAbsolute() throws Exception {
        Path jar = ListenerJar.write(temp.resolve("rel.jar"), Paths.get("target/events"));

        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Properties properties = new Properties();
            properties.load(new ByteArrayInputStream(
                    zip.getInputStream(zip.getEntry(ListenerJar.PROPERTIES_RESOURCE)).readAllBytes()));
            Path dir = Paths.get(properties.getProperty(ListenerJar.EVENTS_DIR_KEY));
            assertTrue(dir.isAbsolute());
            assertEquals(Paths.get("target/events").toAbsolutePath(), dir);
        }
    }

    @Test
    void aJarWithASelectionAlsoRegistersTheTestNgDataProviderInterceptor() throws Exception {
        Path jar = ListenerJar.write(temp.resolve("out/tracer-rerun-listener.jar"), temp.resolve("events"),
                temp.resolve("selection.txt"));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertEquals(ListenerJar.TESTNG_LISTENER_CLASS + "\n" + ListenerJar.TESTNG_SELECTION_CLASS + "\n",
                    text(zip, ListenerJar.TESTNG_SERVICE_RESOURCE));
        }
    }

    @Test
    void aJarForATestNgWithoutTheInterceptorRegistersOnlyTheListener() throws Exception {
        Path jar = ListenerJar.write(temp.resolve("out/tracer-rerun-listener.jar"), temp.resolve("events"),
                temp.resolve("selection.txt"), null, null, false);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertEquals(ListenerJar.TESTNG_LISTENER_CLASS + "\n", text(zip, ListenerJar.TESTNG_SERVICE_RESOURCE),
                    "TestNG 6 could not load the interceptor, and its test JVM would die of it");
        }
    }

    @Test
    void constantsNameTheRealClassesAndResources() {
        assertEquals(TracerPlatformListener.class.getName(), ListenerJar.PLATFORM_LISTENER_CLASS);
        assertEquals(TracerRunListener.class.getName(), ListenerJar.RUN_LISTENER_CLASS);
        assertEquals("META-INF/services/" + org.junit.platform.launcher.TestExecutionListener.class.getName(),
                ListenerJar.PLATFORM_SERVICE_RESOURCE);
        assertEquals(TracerTestNgListener.class.getName(), ListenerJar.TESTNG_LISTENER_CLASS);
        assertEquals(TracerTestNgSelection.class.getName(), ListenerJar.TESTNG_SELECTION_CLASS);
        assertEquals("META-INF/services/" + org.testng.ITestNGListener.class.getName(),
                ListenerJar.TESTNG_SERVICE_RESOURCE);
        assertEquals("dev/tracer/listener/tracer-listener.properties", ListenerJar.PROPERTIES_RESOURCE);
        assertEquals("tracer.listener.disabled", ListenerJar.DISABLED_PROPERTY);
    }

    private static String text(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] classBytes(String resource) throws IOException {
        try (InputStream in = ListenerJar.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}

package dev.tracer.listenerjar;

import dev.tracer.io.AtomicFiles;
import dev.tracer.listener.ListenerConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the listener jar that Surefire puts on the forked JVM's classpath. Runs in Maven's JVM, so it lives outside
 * {@code dev.tracer.listener}, whose classes are all shipped into the test JVM. It must not load them (they need the
 * test frameworks' APIs, which Maven's JVM lacks): hence class names as strings.
 *
 * <p>The jar holds exactly the listener classes, the service file registering {@link #PLATFORM_LISTENER_CLASS}
 * with the JUnit Platform, the one registering {@link #TESTNG_LISTENER_CLASS} with TestNG, and the properties file
 * naming the events directory. Entries have fixed timestamps and a fixed order, so the same events directory gives a
 * byte-identical jar.
 *
 * <p>The listener classes (not this one) keep to the Java 8 language and API, so that compiling them with
 * {@code --release 8} would let the listener run in test JVMs older than Maven's.
 */
public final class ListenerJar {

    /** The JUnit Platform {@code TestExecutionListener}, registered by the jar's service file. */
    public static final String PLATFORM_LISTENER_CLASS = "dev.tracer.listener.TracerPlatformListener";
    /** The JUnit 4 {@code RunListener}: give it to Surefire's JUnit 4 provider as the {@code listener} property. */
    public static final String RUN_LISTENER_CLASS = "dev.tracer.listener.TracerRunListener";
    /** The service file that registers {@link #PLATFORM_LISTENER_CLASS}. */
    public static final String PLATFORM_SERVICE_RESOURCE =
            "META-INF/services/org.junit.platform.launcher.TestExecutionListener";
    /** The post-discovery filter that keeps only selected tests; registered only when the jar carries a selection. */
    public static final String SELECTION_FILTER_CLASS = "dev.tracer.listener.TracerSelectionFilter";
    public static final String SELECTION_SERVICE_RESOURCE =
            "META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter";
    /** The TestNG listener for Surefire's TestNG provider, registered by the jar's TestNG service file. */
    public static final String TESTNG_LISTENER_CLASS = "dev.tracer.listener.TracerTestNgListener";
    /** Narrows TestNG data providers to the selected rows; in the TestNG service file only with a selection. */
    public static final String TESTNG_SELECTION_CLASS = "dev.tracer.listener.TracerTestNgSelection";
    /** TestNG loads the listeners this file names in {@code TestNG.run()}. */
    public static final String TESTNG_SERVICE_RESOURCE = "META-INF/services/org.testng.ITestNGListener";
    /** The properties file inside the jar; its {@link #EVENTS_DIR_KEY} names the events directory. */
    public static final String PROPERTIES_RESOURCE = ListenerConfig.PROPERTIES_RESOURCE;
    public static final String EVENTS_DIR_KEY = ListenerConfig.EVENTS_DIR_KEY;
    /** {@code -Dtracer.listener.disabled=true} in the test JVM turns the listeners off. */
    public static final String DISABLED_PROPERTY = ListenerConfig.DISABLED_PROPERTY;
    /** Each test JVM writes {@code <eventsDir>/events-<pid>-<random>.jsonl}. */
    public static final String EVENTS_FILE_PREFIX = ListenerConfig.EVENTS_FILE_PREFIX;
    public static final String EVENTS_FILE_SUFFIX = ListenerConfig.EVENTS_FILE_SUFFIX;

    /** The classes that run in the test JVM, as resource names: everything in {@code dev.tracer.listener}. */
    public static final List<String> CLASS_RESOURCES = Collections.unmodifiableList(Arrays.asList(
            "dev/tracer/listener/ConfigFailures.class",
            "dev/tracer/listener/DataProviderRows$1.class",
            "dev/tracer/listener/DataProviderRows.class",
            "dev/tracer/listener/EventLog.class",
            "dev/tracer/listener/JfrTraceSource$Marker.class",
            "dev/tracer/listener/JfrTraceSource.class",
            "dev/tracer/listener/Json.class",
            "dev/tracer/listener/ListenerConfig.class",
            "dev/tracer/listener/ListenerErrors.class",
            "dev/tracer/listener/OutputCapture$Buffer.class",
            "dev/tracer/listener/OutputCapture$Tee.class",
            "dev/tracer/listener/OutputCapture.class",
            "dev/tracer/listener/Recorder.class",
            "dev/tracer/listener/TestNgProvider.class",
            "dev/tracer/listener/TestRef.class",
            "dev/tracer/listener/ThrowableJson.class",
            "dev/tracer/listener/TraceSelector$Entry.class",
            "dev/tracer/listener/TraceSelector.class",
            "dev/tracer/listener/TraceSession$Event.class",
            "dev/tracer/listener/TraceSession.class",
            "dev/tracer/listener/TraceSnapshot.class",
            "dev/tracer/listener/TraceSource.class",
            "dev/tracer/listener/Tracing$LogHandler.class",
            "dev/tracer/listener/Tracing$Sink.class",
            "dev/tracer/listener/Tracing$Uncaught.class",
            "dev/tracer/listener/Tracing.class",
            "dev/tracer/listener/TracerPlatformListener.class",
            "dev/tracer/listener/TracerPlatformListener$Ancestry.class",
            "dev/tracer/listener/TracerRunListener.class",
            "dev/tracer/listener/TracerSelectionFilter.class",
            "dev/tracer/listener/TracerTestNgListener.class",
            "dev/tracer/listener/TracerTestNgSelection.class"));

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ListenerJar() {
    }

    /**
     * Writes the listener jar (replacing the file, unless it already has exactly this content).
     *
     * @param jarFile   where to write it; parent directories are created
     * @param eventsDir where the test JVMs write their events; made absolute
     * @return {@code jarFile}
     */
    public static Path write(Path jarFile, Path eventsDir) throws IOException {
        return write(jarFile, eventsDir, null);
    }

    /**
     * @param selection a file of unique ids, one a line: only those tests run (JUnit Platform); null runs every test
     */
    public static Path write(Path jarFile, Path eventsDir, Path selection) throws IOException {
        return write(jarFile, eventsDir, selection, null, null);
    }

    /**
     * @param trace       the {@code tracer.trace} pattern (tests to trace besides tagged ones); null for none
     * @param traceBudget the {@code tracer.traceBudget} (events per traced test); null for the default
     */
    public static Path write(Path jarFile, Path eventsDir, Path selection, String trace, Integer traceBudget)
            throws IOException {
        return write(jarFile, eventsDir, selection, trace, traceBudget, true);
    }

    /**
     * @param testNgRows whether to register {@link #TESTNG_SELECTION_CLASS} with a selection: only for a TestNG that
     *                   has {@code IDataProviderInterceptor} (7 and later); an older one cannot load it and its test
     *                   JVM dies of the {@code NoClassDefFoundError}
     */
    public static Path write(Path jarFile, Path eventsDir, Path selection, String trace, Integer traceBudget,
            boolean testNgRows) throws IOException {
        return write(jarFile, eventsDir, selection, trace, traceBudget, testNgRows, pluginJarIdentity());
    }

    /** @param plugin what identifies the listener classes' version ({@link #pluginJarIdentity}), or null */
    static Path write(Path jarFile, Path eventsDir, Path selection, String trace, Integer traceBudget,
            boolean testNgRows, String plugin) throws IOException {
        // Building the jar reads 30-odd classes through the plugin's class realm and deflates them: about 50 ms of
        // every run before the tests start. The key file says which plugin jar and which settings made the jar.
        Path keyFile = jarFile.resolveSibling(jarFile.getFileName() + ".key");
        String key = plugin == null ? null : String.join("\n", "plugin " + plugin, "events " + eventsDir.toAbsolutePath(),
                "selection " + selection, "trace " + trace, "budget " + traceBudget, "testng-rows " + testNgRows);
        if (key != null && key.equals(madeBy(jarFile, keyFile))) {
            return jarFile;
        }
        byte[] content = content(eventsDir, selection, trace, traceBudget, testNgRows);
        if (!Files.isRegularFile(jarFile) || !Arrays.equals(Files.readAllBytes(jarFile), content)) {
            AtomicFiles.writeBytes(jarFile, content);
        }
        if (key != null) {
            AtomicFiles.writeString(keyFile, key + "\n" + stamp(jarFile) + "\n");
        } else {
            Files.deleteIfExists(keyFile);
        }
        return jarFile;
    }

    /** The key the key file holds for the jar as it is now, or null when either is missing or the jar changed. */
    private static String madeBy(Path jarFile, Path keyFile) {
        try {
            if (!Files.isRegularFile(jarFile) || !Files.isRegularFile(keyFile)) {
                return null;
            }
            String text = Files.readString(keyFile, StandardCharsets.UTF_8);
            String suffix = "\n" + stamp(jarFile) + "\n";
            return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The jar's size and modification time: a jar changed by anything but this class is built again. */
    private static String stamp(Path jarFile) throws IOException {
        return "jar " + Files.size(jarFile) + " " + Files.getLastModifiedTime(jarFile).toMillis();
    }

    /**
     * The plugin jar this class was loaded from, with its size and time (a rebuilt SNAPSHOT differs); null when the
     * classes come from a directory (a development build), whose changes no single file shows.
     */
    static String pluginJarIdentity() {
        try {
            CodeSource source = ListenerJar.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar)
                    ? jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() : null;
        } catch (IOException | RuntimeException | URISyntaxException e) {
            return null;
        }
    }

    static byte[] content(Path eventsDir) throws IOException {
        return content(eventsDir, null);
    }

    static byte[] content(Path eventsDir, Path selection) throws IOException {
        return content(eventsDir, selection, null, null);
    }

    static byte[] content(Path eventsDir, Path selection, String trace, Integer traceBudget) throws IOException {
        return content(eventsDir, selection, trace, traceBudget, true);
    }

    static byte[] content(Path eventsDir, Path selection, String trace, Integer traceBudget, boolean testNgRows)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "META-INF/MANIFEST.MF",
                    "Manifest-Version: 1.0\r\nCreated-By: tracer-maven-plugin\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            put(zip, PLATFORM_SERVICE_RESOURCE, (PLATFORM_LISTENER_CLASS + "\n").getBytes(StandardCharsets.UTF_8));
            if (selection != null) {
                put(zip, SELECTION_SERVICE_RESOURCE, (SELECTION_FILTER_CLASS + "\n").getBytes(StandardCharsets.UTF_8));
            }
            put(zip, TESTNG_SERVICE_RESOURCE, (TESTNG_LISTENER_CLASS + "\n"
                    + (selection == null || !testNgRows ? "" : TESTNG_SELECTION_CLASS + "\n"))
                    .getBytes(StandardCharsets.UTF_8));
            for (String resource : CLASS_RESOURCES) {
                put(zip, resource, classBytes(resource));
            }
            String properties = "# Written by tracer-maven-plugin: where the listener writes its events.\n"
                    + EVENTS_DIR_KEY + "=" + escapePropertyValue(eventsDir.toAbsolutePath().normalize().toString())
                    + "\n"
                    + (selection == null ? "" : ListenerConfig.SELECTION_KEY + "="
                            + escapePropertyValue(selection.toAbsolutePath().normalize().toString()) + "\n")
                    + (trace == null ? "" : ListenerConfig.TRACE_KEY + "=" + escapePropertyValue(trace) + "\n")
                    + (traceBudget == null ? "" : ListenerConfig.TRACE_BUDGET_KEY + "=" + traceBudget + "\n");
            put(zip, PROPERTIES_RESOURCE, properties.getBytes(StandardCharsets.ISO_8859_1));
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] classBytes(String resource) throws IOException {
        ClassLoader loader = ListenerJar.class.getClassLoader();
        try (InputStream in = loader == null
                ? ClassLoader.getSystemResourceAsStream(resource)
                : loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The listener class " + resource + " is missing from the plugin's class path");
            }
            return in.readAllBytes();
        }
    }

    /** Escapes a value for {@code Properties.load}: ISO-8859-1 with {@code \\uXXXX} for everything else. */
    static String escapePropertyValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case '=':
                case ':':
                case '#':
                case '!':
                    out.append('\\').append(c);
                    break;
                case ' ':
                    out.append(i == 0 ? "\\ " : " ");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}

package dev.tracer.listener;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/** Where the listener writes, read from the properties file inside the listener jar. JDK only. */
public final class ListenerConfig {

    public static final String PROPERTIES_RESOURCE = "dev/tracer/listener/tracer-listener.properties";
    public static final String EVENTS_DIR_KEY = "eventsDir";
    /** A file of unique ids, one a line: the only tests to run. */
    public static final String SELECTION_KEY = "selection";
    /** The {@code tracer.trace} pattern: tests to trace besides those tagged {@code trace_messages}. */
    public static final String TRACE_KEY = "trace";
    /** The {@code tracer.traceBudget}: events recorded per traced test before recording stops. */
    public static final String TRACE_BUDGET_KEY = "traceBudget";
    public static final String DISABLED_PROPERTY = "tracer.listener.disabled";
    public static final String EVENTS_FILE_PREFIX = "events-";
    public static final String EVENTS_FILE_SUFFIX = ".jsonl";

    private ListenerConfig() {
    }

    /** {@code -Dtracer.listener.disabled=true} turns every listener into a no-op. */
    static boolean disabled() {
        return "true".equalsIgnoreCase(System.getProperty(DISABLED_PROPERTY, "").trim());
    }

    /**
     * The events directory named by the properties file next to the listener's classes, or {@code null} when the
     * file or the key is missing (the listener then does nothing).
     */
    static Path configuredEventsDir() throws IOException {
        String dir = properties().getProperty(EVENTS_DIR_KEY);
        return dir == null || dir.trim().isEmpty() ? null : Paths.get(dir);
    }

    /** The selected unique ids, or {@code null} when the jar carries no selection (every test runs). */
    static Set<String> configuredSelection() throws IOException {
        String file = properties().getProperty(SELECTION_KEY);
        if (file == null || file.trim().isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<String>();
        for (String line : Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8)) {
            if (!line.trim().isEmpty()) {
                ids.add(line.trim());
            }
        }
        return ids;
    }

    /** Which tests to trace, as the listener jar's properties say. */
    static TraceSelector configuredTraceSelector() throws IOException {
        Properties properties = properties();
        return new TraceSelector(properties.getProperty(TRACE_KEY), budget(properties.getProperty(TRACE_BUDGET_KEY)));
    }

    /** For in-process tests of the listener: {@code -Dtracer.trace} and {@code -Dtracer.traceBudget}. */
    static TraceSelector traceSelectorFromSystemProperties() {
        return new TraceSelector(System.getProperty("tracer.trace"), budget(System.getProperty("tracer.traceBudget")));
    }

    private static int budget(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Properties properties() throws IOException {
        ClassLoader loader = ListenerConfig.class.getClassLoader();
        InputStream in = loader == null
                ? ClassLoader.getSystemResourceAsStream(PROPERTIES_RESOURCE)
                : loader.getResourceAsStream(PROPERTIES_RESOURCE);
        Properties properties = new Properties();
        if (in == null) {
            return properties;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

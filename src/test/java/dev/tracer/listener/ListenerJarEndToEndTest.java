package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tracer.listenerjar.ListenerJar;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.runner.JUnitCore;
import org.junit.runner.notification.RunListener;

/**
 * The jar as the forked JVM sees it: its classes are loaded from the jar only (a class missing from the jar
 * fails), the Platform finds the listener through the jar's service file, and the listener finds its events
 * directory through the jar's properties file.
 */
class ListenerJarEndToEndTest {

    @TempDir
    Path temp;

    @Test
    void platformFindsTheListenerThroughTheJarsServiceFileAndWritesWhereThePropertiesSay() throws Exception {
        Path eventsDir = temp.resolve("events (with) spaces");
        ClassLoader jarFirst = jarFirstLoader(ListenerJar.write(temp.resolve("listener.jar"), eventsDir));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(jarFirst);
        try {
            LauncherFactory.create().execute(PlatformListenerTest.request(Map.of(),
                    PlatformListenerTest.BasicFixture.class, PlatformListenerTest.BeforeAllFailsFixture.class,
                    PlatformListenerTest.OutputFixture.class));
        } finally {
            thread.setContextClassLoader(previous);
        }

        Events events = Events.read(eventsDir);
        assertEquals("platform", events.only("run_started").get("provider").asText());
        assertEquals("failed", events.finished("failsWithExpectedAndActual()").get("status").asText());
        assertEquals("3", events.finished("failsWithExpectedAndActual()").get("failure").get("actual").asText());
        assertEquals(4, events.only("container_failed").get("tests").size());
        assertEquals("out of printsAndFails" + System.lineSeparator() + "err of printsAndFails 42"
                + System.lineSeparator(), events.finished("printsAndFails()").get("output").asText());
        assertEquals(List.of("run_finished"), List.of(events.all.get(events.all.size() - 1).get("type").asText()));
    }

    @Test
    void junit4ProviderInstantiatesTheRunListenerFromTheJarByName() throws Exception {
        Path eventsDir = temp.resolve("events");
        ClassLoader jarFirst = jarFirstLoader(ListenerJar.write(temp.resolve("listener.jar"), eventsDir));
        RunListener listener = (RunListener) jarFirst.loadClass(ListenerJar.RUN_LISTENER_CLASS)
                .getConstructor().newInstance();
        assertSame(jarFirst, listener.getClass().getClassLoader());

        JUnitCore core = new JUnitCore();
        core.addListener(listener);
        core.run(RunListenerTest.Basic.class, RunListenerTest.BeforeClassFails.class);

        Events events = Events.read(eventsDir);
        assertEquals("junit4", events.only("run_started").get("provider").asText());
        assertEquals("12", events.finished("comparesStrings").get("failure").get("actual").asText());
        assertEquals("flaky on CI", events.one("test_skipped", "ignored").get("reason").asText());
        assertEquals(2, events.only("container_failed").get("tests").size());
        assertEquals("run_finished", events.all.get(events.all.size() - 1).get("type").asText());
    }

    /**
     * Loads {@code dev.tracer.listener.*} from the jar only, everything else (the test frameworks) from the test
     * class path. Never closed: the jar's output capture stays installed on System.out for the rest of the JVM.
     */
    private static ClassLoader jarFirstLoader(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ListenerJarEndToEndTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("dev.tracer.listener.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        loaded = findClass(name);
                    }
                    if (resolve) {
                        resolveClass(loaded);
                    }
                    return loaded;
                }
            }
        };
    }
}

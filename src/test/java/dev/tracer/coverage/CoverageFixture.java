package dev.tracer.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * Real JaCoCo data for unit tests: copies {@link Sample} into a classes directory, runs an instrumented copy of it
 * with JaCoCo's runtime (as the agent would), and writes the exec file.
 */
final class CoverageFixture {
    private CoverageFixture() {
    }

    /** @return the exec file; the classes directory gets Sample's class files */
    static Path record(Path classesDir, Path execFile, int value) throws Exception {
        String name = Sample.class.getName();
        String resource = name.replace('.', '/') + ".class";
        Path target = classesDir.resolve(resource);
        Files.createDirectories(target.getParent());
        byte[] original;
        try (InputStream in = Sample.class.getClassLoader().getResourceAsStream(resource)) {
            original = in.readAllBytes();
        }
        Files.write(target, original);

        LoggerRuntime runtime = new LoggerRuntime();
        byte[] instrumented = new Instrumenter(runtime).instrument(original, name);
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        try {
            Class<?> cls = new ClassLoader(CoverageFixture.class.getClassLoader()) {
                private final Map<String, byte[]> defined = new HashMap<>(Map.of(name, instrumented));

                @Override
                protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
                    byte[] bytes = defined.remove(n);
                    if (bytes != null) {
                        return defineClass(n, bytes, 0, bytes.length);
                    }
                    return super.loadClass(n, resolve);
                }
            }.loadClass(name);
            cls.getMethod("classify", int.class).invoke(null, value);
        } finally {
            runtime.shutdown();
        }
        Files.createDirectories(execFile.getParent());
        try (var out = Files.newOutputStream(execFile)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            data.collect(writer, writer, false);
        }
        return execFile;
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}

package dev.tracer.scenario.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeIdentityTest {

    @TempDir
    Path dir;

    @Test
    void aNewJarOfAClassChangesItsIdentity() throws Exception {
        Path jar = dir.resolve("adapter.jar");
        String entry = CodeIdentity.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                InputStream in = CodeIdentity.class.getClassLoader().getResourceAsStream(entry)) {
            ((JarOutputStream) out).putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
        String first = identity(jar);
        assertEquals(first, identity(jar), "the same jar, the same identity");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_001_000L));
        assertNotEquals(first, identity(jar), "a rebuilt jar (another modification time)");
    }

    @Test
    void aDirectoryOfClassesChangesWithItsFiles() throws Exception {
        Path classes = dir.resolve("classes");
        Path file = classes.resolve(CodeIdentity.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        try (InputStream in = CodeIdentity.class.getClassLoader().getResourceAsStream(
                CodeIdentity.class.getName().replace('.', '/') + ".class")) {
            Files.write(file, in.readAllBytes());
        }
        String first = identity(classes);
        Files.writeString(classes.resolve("dev/tracer/scenario/cache/Helper.class"), "another class");
        assertNotEquals(first, identity(classes));
    }

    private static String identity(Path location) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {location.toUri().toURL()}, null)) {
            return CodeIdentity.of(loader.loadClass(CodeIdentity.class.getName()));
        }
    }
}

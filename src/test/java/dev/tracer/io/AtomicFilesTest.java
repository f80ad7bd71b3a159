package dev.tracer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void replacesTheFileWholeAndCreatesItsDirectory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("target/tracer/report.json");
        AtomicFiles.writeString(file, "{\"a\":1}\n");
        AtomicFiles.writeString(file, "{\"b\":2}\n");
        assertEquals("{\"b\":2}\n", Files.readString(file));
        assertEquals(List.of(file), files(dir));
    }

    @Test
    void aFailedWriteKeepsTheOldContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.json");
        AtomicFiles.writeString(file, "old\n");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half a docu".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of(file), files(dir));
    }

    @Test
    void theFileGetsThePermissionsTheUmaskGivesNotOwnerOnly(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path reference = Files.createFile(dir.resolve("made-by-the-umask"));
        Path file = dir.resolve("report.json");
        AtomicFiles.writeString(file, "{}\n");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

package dev.tracer.scenario.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Something that changes when a class's code does, for the extraction cache's build key: where the class was loaded
 * from, and for a jar its size and modification time, for a directory of classes the number, total size and latest
 * modification time of its files (read again each time: a long-lived JVM may see the code change).
 */
public final class CodeIdentity {

    private CodeIdentity() {
    }

    public static String of(Class<?> type) {
        CodeSource source = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            // the boot or platform class path: the JDK's version identifies it
            return "jdk " + Runtime.version();
        }
        String location = source.getLocation().toString();
        return describe(location);
    }

    private static String describe(String location) {
        Path path;
        try {
            path = Path.of(new java.net.URI(location));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return location;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                return location + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
            }
            long[] totals = new long[3];
            try (Stream<Path> files = Files.walk(path)) {
                files.forEach(p -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        if (a.isRegularFile()) {
                            totals[0]++;
                            totals[1] += a.size();
                            totals[2] = Math.max(totals[2], a.lastModifiedTime().toMillis());
                        }
                    } catch (IOException e) {
                        totals[0]--;
                    }
                });
            }
            return location + " " + totals[0] + " " + totals[1] + " " + totals[2];
        } catch (IOException | java.io.UncheckedIOException e) {
            return location + " unreadable";
        }
    }
}

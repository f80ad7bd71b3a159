package dev.tracer.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines around a failing line, read from the source tree the document's paths are relative to, when that tree is
 * there and the line still reads as the document says (the file may have changed since the run). Otherwise there is
 * no context and the page shows the document's line alone.
 */
final class SourceContext {
    static final int AROUND = 3;
    private static final long MAX_FILE_BYTES = 2_000_000;

    /** Lines {@code first} to {@code first + lines.size() - 1} of a file. */
    record Excerpt(int first, List<String> lines) {
    }

    private final Path root;
    private final Map<String, List<String>> files = new HashMap<>();

    /** @param root the directory the document's file paths are relative to; null: no context at all */
    SourceContext(Path root) {
        this.root = root;
    }

    Excerpt around(String file, Integer line, String source) {
        if (root == null || file == null || line == null || line < 1) {
            return null;
        }
        List<String> lines = files.computeIfAbsent(file, this::read);
        if (lines.size() < line || (source != null && !lines.get(line - 1).trim().equals(source.trim()))) {
            return null;
        }
        int first = Math.max(1, line - AROUND);
        int last = Math.min(lines.size(), line + AROUND);
        return new Excerpt(first, lines.subList(first - 1, last));
    }

    private List<String> read(String file) {
        try {
            Path path = root.resolve(file).normalize();
            if (!path.startsWith(root.normalize()) || !Files.isRegularFile(path) || Files.size(path) > MAX_FILE_BYTES) {
                return List.of();
            }
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(); // unreadable or not UTF-8: the page shows the document's line alone
        }
    }
}

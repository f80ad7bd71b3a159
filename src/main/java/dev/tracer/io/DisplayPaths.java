package dev.tracer.io;

import java.nio.file.Path;

/**
 * How a file is named in the document, messages and the console: relative to the directory Maven ran in when it lies
 * under it, absolute otherwise (a {@code ../../} path says less than the absolute one), always with {@code /}
 * separators so that the output is the same on every platform.
 */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    /** {@code path} relative to {@code root} when under it ({@code .} for the root itself), else absolute. */
    public static String relative(Path root, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}

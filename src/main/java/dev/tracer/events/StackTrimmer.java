package dev.tracer.events;

import dev.tracer.model.StackFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Trims a stack trace to the frames a reader acts on.
 *
 * <ol>
 *   <li>Cut below the test: frames are ordered from the throw point (index 0) towards {@code Thread.run}; everything
 *       after the last frame of the test class (or of a class nested in the same top-level class: {@code @Nested}
 *       classes, lambdas, anonymous classes) is the framework calling the test, and goes. Without such a frame nothing
 *       is cut here.</li>
 *   <li>Drop reflection, JDK internals, stream and collection plumbing, and the test and assertion frameworks
 *       (see {@link #DROPPED_PREFIXES}).</li>
 *   <li>If that leaves nothing, keep the first {@value #RAW_FALLBACK} frames as they were.</li>
 *   <li>Keep at most {@value #MAX_FRAMES} frames.</li>
 * </ol>
 */
public final class StackTrimmer {

    /** The most frames a trimmed trace keeps. */
    public static final int MAX_FRAMES = 30;

    /** How many raw frames are kept when trimming would leave none. */
    public static final int RAW_FALLBACK = 10;

    /** Class-name prefixes of frames that never matter to the reader. */
    public static final List<String> DROPPED_PREFIXES = List.of(
            "java.lang.reflect.",
            "jdk.internal.",
            "sun.reflect.",
            "org.junit.",
            "junit.framework.",
            "org.apache.maven.surefire.",
            "org.opentest4j.",
            "org.assertj.core.",
            "org.hamcrest.",
            "java.util.stream.",
            "java.util.Spliterator",
            "java.util.ArrayList",
            "java.util.Iterator");

    private StackTrimmer() {
    }

    /**
     * @param frames        the raw frames, throw point first; null is treated as empty
     * @param testClassName the binary name of the test's class; null when unknown (then nothing is cut below the test)
     * @return the trimmed frames, never null
     */
    public static List<StackFrame> trim(List<StackFrame> frames, String testClassName) {
        if (frames == null || frames.isEmpty()) {
            return List.of();
        }
        int end = frames.size();
        String topLevel = topLevel(testClassName);
        if (topLevel != null) {
            for (int i = frames.size() - 1; i >= 0; i--) {
                if (topLevel.equals(topLevel(frames.get(i).className()))) {
                    end = i + 1;
                    break;
                }
            }
        }
        List<StackFrame> kept = new ArrayList<>();
        for (StackFrame frame : frames.subList(0, end)) {
            if (frame != null && !isDropped(frame.className())) {
                kept.add(frame);
                if (kept.size() == MAX_FRAMES) {
                    break;
                }
            }
        }
        if (kept.isEmpty()) {
            return frames.stream().filter(f -> f != null).limit(RAW_FALLBACK).toList();
        }
        return List.copyOf(kept);
    }

    /** Whether a frame of this class is dropped whatever its position. */
    public static boolean isDropped(String className) {
        if (className == null) {
            return true;
        }
        for (String prefix : DROPPED_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code a.B$C$1} → {@code a.B}; null for null or blank. */
    static String topLevel(String binaryClassName) {
        if (binaryClassName == null || binaryClassName.isBlank()) {
            return null;
        }
        int dollar = binaryClassName.indexOf('$');
        return dollar < 0 ? binaryClassName : binaryClassName.substring(0, dollar);
    }
}

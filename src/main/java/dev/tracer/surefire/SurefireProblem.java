package dev.tracer.surefire;

import java.util.ArrayList;
import java.util.List;

/**
 * What Surefire said when its execution failed, cut down to what a reader of the document needs. Surefire's message
 * repeats itself, names the reports directory and dump files, prints the fork's whole command line and ends with its
 * own stack trace: absolute paths and timestamps that would make two documents of the same run differ.
 */
public final class SurefireProblem {
    private SurefireProblem() {
    }

    /**
     * {@code "...\nThe forked VM terminated without properly saying goodbye. VM crash or System.exit called?\nCommand
     * was /bin/sh -c ...\nProcess Exit Code: 3\nCrashed tests:\n..."} becomes {@code "The forked VM terminated without
     * properly saying goodbye. VM crash or System.exit called?; Process Exit Code: 3"}. Null stays null.
     */
    public static String condense(String message) {
        if (message == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String raw : message.split("\\R")) {
            String line = raw.strip();
            if (raw.startsWith("\t") || line.startsWith("at ") || line.startsWith("org.apache.maven.")
                    || line.startsWith("Crashed tests:")) {
                break;
            }
            if (line.isEmpty() || line.startsWith("See ") || line.startsWith("Command was ")
                    || line.startsWith("Error occurred in starting fork") || kept.contains(line)) {
                continue;
            }
            kept.add(line);
        }
        return kept.isEmpty() ? message.strip() : String.join("; ", kept);
    }
}

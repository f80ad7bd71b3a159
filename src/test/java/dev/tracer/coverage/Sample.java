package dev.tracer.coverage;

/** Analyzed by the coverage tests; line numbers matter (see CoverageAnalyzerTest). */
public final class Sample {
    private Sample() {
    }

    public static String classify(int value) {
        if (value > 0 && value < 100) {
            return "small";
        }
        if (value >= 100) {
            return "big";
        }
        return "negative";
    }

    public static int unused() {
        return 42;
    }
}

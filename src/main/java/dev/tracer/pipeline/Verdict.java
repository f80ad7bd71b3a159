package dev.tracer.pipeline;

import dev.tracer.messages.Messages;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import dev.tracer.report.DocumentBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the build ends: passed, failed (the user's problem: failing tests, coverage below the threshold) or broken
 * (results missing, a file that cannot be written). The mojos map the last two to Maven's two exceptions.
 *
 * @param message why it did not pass; null when it passed
 */
public record Verdict(Kind kind, String message) {

    public enum Kind { PASSED, FAILED, BROKEN }

    public static final Verdict PASSED = new Verdict(Kind.PASSED, null);

    public static Verdict failed(String message) {
        return new Verdict(Kind.FAILED, message);
    }

    public static Verdict broken(String message) {
        return new Verdict(Kind.BROKEN, message);
    }

    public boolean passed() {
        return kind == Kind.PASSED;
    }

    /**
     * Why a failed document fails the build, for both goals that print one; null when it did not fail.
     *
     * @param byModule failed and invalid counts by module, for a message over several modules; empty for one
     * @param shown    the document's file as the message shows it
     */
    public static String failureOf(TestDocument document, Map<String, int[]> byModule, String shown) {
        if (!DocumentBuilder.failed(document)) {
            return null;
        }
        var s = document.summary();
        if (s.failed() + s.invalid() > 0) {
            return Messages.testFailures(s.failed(), s.invalid(), s.total(), Messages.byModule(byModule), shown);
        }
        if (document.classFailures() != null) {
            return Messages.classFailures(document.classFailures().size(), shown);
        }
        if (s.flaky() != null && s.flaky() > 0) {
            return Messages.flakyFailure(s.flaky(), shown);
        }
        return Messages.classFailures(0, shown);
    }

    /** Failed and invalid counts by module, in the order the modules first appear. */
    public static Map<String, int[]> byModule(List<TestCase> tests) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (TestCase test : tests) {
            int[] c = counts.computeIfAbsent(test.module() == null ? "" : test.module(), m -> new int[2]);
            c[0] += test.state() == TestState.FAILED ? 1 : 0;
            c[1] += test.state() == TestState.INVALID ? 1 : 0;
        }
        return counts;
    }
}

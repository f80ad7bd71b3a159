package dev.tracer.coordination;

import dev.tracer.model.Failure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.View;
import java.util.List;

final class Fixtures {
    private Fixtures() {
    }

    static TestCase test(String className, String method, TestState state, int line) {
        String simple = className.substring(className.lastIndexOf('.') + 1).replaceAll("\\$.*", "");
        String file = "src/test/java/" + className.replaceAll("\\$.*", "").replace('.', '/') + ".java";
        List<Failure> failures = state == TestState.FAILED
                ? List.of(new Failure("assertion", "org.opentest4j.AssertionFailedError", "boom " + method, null, null,
                        file, line + 1, null, List.of()))
                : null;
        return new TestCase("[engine:junit-jupiter]/[class:" + className + "]/[method:" + method + "()]",
                method + "()", className, method, "shop", file, line, state, 3, List.of(), failures, null,
                state == TestState.FAILED ? "out " + simple + "\n" : null);
    }

    /** The document a runner caches: every test. */
    static TestDocument document(TestCase... tests) {
        return DocumentBuilder.build(List.of(new ModuleResult("shop", List.of(tests), List.of(), List.of(), 40)),
                View.ALL);
    }
}

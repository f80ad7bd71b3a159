package dev.tracer.html;

import dev.tracer.model.Summary;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import java.util.ArrayList;
import java.util.List;

/** Documents of a size no real fixture here has: a whole large reactor's tests, every one listed. */
final class GeneratedDocuments {
    private GeneratedDocuments() {
    }

    /**
     * {@code count} passing tests, as {@code -Dtracer.all} lists them: ten per class, classes spread over modules,
     * a tag on every third test.
     */
    static TestDocument passing(int count) {
        List<TestCase> tests = new ArrayList<>(count);
        long duration = 0;
        for (int i = 0; i < count; i++) {
            int c = i / 10;
            String module = "module-" + (c % 12);
            String pkg = "org.example." + module.replace('-', '_') + ".feature" + (c % 97);
            String simple = "Feature" + c + "Test";
            String method = "behaviour" + (i % 10) + "WorksAsSpecified";
            long ms = (i * 7919L) % 250;
            duration += ms;
            tests.add(new TestCase("[engine:junit-jupiter]/[class:" + pkg + "." + simple + "]/[method:" + method
                    + "()]", method + "()", pkg + "." + simple, method, module,
                    module + "/src/test/java/" + pkg.replace('.', '/') + "/" + simple + ".java", 20 + (i % 10) * 6,
                    TestState.PASSED, ms, i % 3 == 0 ? List.of("fast") : List.of(), null, null, null));
        }
        Summary summary = new Summary(count, count, 0, 0, 0, null, null, duration, Summary.PASSED);
        return new TestDocument(TestDocument.VERSION, summary, tests, null, null, null, null, null, null);
    }
}

package dev.tracer.model;

import java.util.List;

/**
 * Everything one module's test run produced, before a view selects what the document shows.
 *
 * @param module        the Maven artifactId
 * @param tests         every test, in no particular order
 * @param classFailures failures outside any single test
 * @param warnings      how the result was built, when that matters to the reader
 * @param durationMs    wall time of the module's Surefire execution
 */
public record ModuleResult(
        String module,
        List<TestCase> tests,
        List<ClassFailure> classFailures,
        List<String> warnings,
        long durationMs) {

    public ModuleResult {
        tests = List.copyOf(tests);
        classFailures = classFailures == null ? List.of() : List.copyOf(classFailures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}

package dev.tracer.reactor;

import dev.tracer.model.ModuleResult;
import dev.tracer.model.Timing;
import dev.tracer.scenario.report.ScenarioReport;
import java.util.List;

/**
 * What one module of a build hands to the module that reports on the whole build. Records of strings, numbers and
 * lists only, so that it crosses plugin class realms as bytes (see {@link ReactorLedger}).
 *
 * @param result    the module's test results, reruns merged
 * @param coverage  what coverage needs of the module; null when coverage is off
 * @param scenarios the module's scenarios joined with its run; null when extraction is off or failed
 * @param timing    where the module's wall time went (coverage is the build's); null when it ran no tests
 */
public record ModulePart(ModuleResult result, CoverageInput coverage, ScenarioReport scenarios, Timing timing) {

    public ModulePart(ModuleResult result, CoverageInput coverage, ScenarioReport scenarios) {
        this(result, coverage, scenarios, null);
    }

    /**
     * A module's part in coverage.
     *
     * @param module      the Maven artifactId
     * @param classesDir  its class files
     * @param sourceRoots its main source roots
     * @param execFiles   the exec files its test runs wrote (first run, rerun), merged with every other module's
     * @param report      its own report file in a reactor (rewritten with its coverage at the end), or null
     */
    public record CoverageInput(String module, String classesDir, List<String> sourceRoots, List<String> execFiles,
            String report) {

        public CoverageInput {
            sourceRoots = List.copyOf(sourceRoots);
            execFiles = List.copyOf(execFiles);
        }
    }
}

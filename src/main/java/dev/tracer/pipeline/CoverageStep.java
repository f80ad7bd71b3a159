package dev.tracer.pipeline;

import dev.tracer.config.Options;
import dev.tracer.coverage.ClassFilter;
import dev.tracer.coverage.CoverageAnalyzer;
import dev.tracer.coverage.CoverageException;
import dev.tracer.coverage.CoverageReport;
import dev.tracer.coverage.ExecData;
import dev.tracer.coverage.ModuleCoverage;
import dev.tracer.messages.Messages;
import dev.tracer.model.Coverage;
import dev.tracer.model.TestDocument;
import dev.tracer.reactor.ModulePart;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.ReportJson;
import dev.tracer.report.View;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Every module's exec files merged, then each module's classes analyzed against them: a test in one module that
 * runs another module's code counts for that module. In a reactor, each module's own report gets its coverage.
 */
final class CoverageStep {

    /**
     * The analysis: what the document shows, the modules analyzed (for the threshold message), warnings, or the
     * error that stopped it.
     */
    record Outcome(Coverage coverage, List<ModuleCoverage> modules, List<String> warnings, String error) {

        static Outcome failed(String error, String warning) {
            return new Outcome(null, List.of(), List.of(warning), error);
        }
    }

    private CoverageStep() {
    }

    static Outcome analyze(Options options, List<ModulePart> parts, Path executionRoot, Console console) {
        Options.Cover cover = options.cover();
        List<ModulePart> inputs = parts.stream().filter(p -> p.coverage() != null).toList();
        List<ModuleCoverage> modules = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            ExecutionDataStore store = ExecData.load(inputs.stream().flatMap(i -> i.coverage().execFiles().stream())
                    .distinct().map(Paths::get).toList());
            ClassFilter filter = new ClassFilter(cover.includes(), cover.excludes());
            for (ModulePart input : inputs) {
                ModulePart.CoverageInput in = input.coverage();
                try {
                    modules.add(CoverageAnalyzer.analyze(new CoverageAnalyzer.ModuleClasses(in.module(),
                            Paths.get(in.classesDir()), in.sourceRoots().stream().map(Paths::get).toList()),
                            store, filter, executionRoot));
                } catch (IOException e) {
                    String reason = Messages.describe(e);
                    return Outcome.failed(reason, Messages.coverageFailed(reason));
                }
            }
        } catch (CoverageException e) {
            return Outcome.failed(e.getMessage(), e.getMessage());
        }
        boolean multiModule = modules.size() > 1;
        for (ModuleCoverage module : modules) {
            if (!module.noMatch().isEmpty()) {
                String warning = Messages.coverageNoMatch(module.noMatch());
                console.warn(warning);
                warnings.add(multiModule ? module.module() + ": " + warning : warning);
            }
        }
        View view = DocumentFile.view(options);
        boolean listAll = view.all() && !view.summaryOnly();
        Coverage coverage = CoverageReport.of(modules, cover.counter(), cover.threshold(), listAll,
                !view.summaryOnly());
        for (int i = 0; i < inputs.size(); i++) {
            ModulePart input = inputs.get(i);
            if (input.coverage().report() != null) {
                ModuleCoverage own = modules.get(i);
                TestDocument moduleDocument = DocumentBuilder.build(List.of(input.result()), view,
                        options.failOnFlaky()).withCoverage(CoverageReport.of(List.of(own), cover.counter(),
                                cover.threshold(), listAll, !view.summaryOnly()),
                        own.noMatch().isEmpty() ? List.of() : List.of(Messages.coverageNoMatch(own.noMatch())))
                        .withTiming(input.timing());
                DocumentFile.writeModuleReport(Paths.get(input.coverage().report()),
                        ReportJson.write(moduleDocument), console);
            }
        }
        return new Outcome(coverage, modules, warnings, null);
    }
}

package dev.tracer.maven;

import dev.tracer.config.ConfigurationException;
import dev.tracer.config.Messages;
import dev.tracer.coverage.ClassResult;
import dev.tracer.coverage.ModuleCoverage;
import dev.tracer.scenario.LineCounts;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.adapter.Adapters;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;

/** What both goals need to extract a module's scenarios: the adapters and the module's source roots. */
final class ScenarioSupport {

    static final String CACHE_DIR = "scenario-cache";

    private ScenarioSupport() {
    }

    /**
     * The adapters in effect: users' ones found on the plugin's class path, then the built-in ones, ordered and
     * filtered by {@code <adapters>}.
     */
    static List<ScenarioAdapter> adapters(List<String> config, ClassLoader pluginRealm) {
        List<ScenarioAdapter> available = new ArrayList<>(Adapters.discover(pluginRealm));
        available.addAll(Adapters.builtIn());
        try {
            return Adapters.order(available, config);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("two adapters")) {
                throw new ConfigurationException(Messages.adapterConflict(e.getMessage()));
            }
            throw new ConfigurationException(Messages.unknownAdapter(e.getMessage(), Adapters.names(available)));
        }
    }

    /**
     * Extracts a module: its test compile source roots (generated test sources included once the lifecycle has run
     * generate-test-sources) and compile source roots as the project model has them, on {@code threads} threads.
     */
    static ScenarioExtractor.Extraction extract(MavenProject project, Path executionRoot,
            List<ScenarioAdapter> adapters, int threads) throws IOException {
        Path tracerDir = Paths.get(project.getBuild().getDirectory(), "tracer");
        return ScenarioExtractor.extract(new ScenarioExtractor.Input(
                project.getArtifactId(),
                roots(project.getTestCompileSourceRoots()),
                roots(project.getCompileSourceRoots()),
                executionRoot,
                tracerDir.resolve(CACHE_DIR),
                adapters,
                threads));
    }

    private static List<Path> roots(List<String> roots) {
        return roots == null ? List.of() : roots.stream().map(Paths::get).toList();
    }

    /**
     * JaCoCo's line counts per analyzed class (binary name), for the scenario report's nodes. A partly covered line
     * counts as covered, as JaCoCo counts it.
     */
    static Map<String, LineCounts> lineCounts(List<ModuleCoverage> modules) {
        Map<String, LineCounts> counts = new HashMap<>();
        for (ModuleCoverage module : modules) {
            for (ClassResult c : module.classes()) {
                int covered = c.coveredLines().size() + c.partlyLines().size();
                counts.merge(c.className(), new LineCounts(covered, covered + c.missedLines().size()),
                        (a, b) -> new LineCounts(a.covered() + b.covered(), a.total() + b.total()));
            }
        }
        return counts;
    }
}

package dev.tracer.maven;

import dev.tracer.config.ConfigurationException;
import dev.tracer.messages.Messages;
import dev.tracer.pipeline.ScenarioStep;
import dev.tracer.scenario.Adapters;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** What both goals need to extract a module's scenarios: the adapters and the module's source roots. */
final class ScenarioSupport {

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
    static ScenarioExtractor.Extraction extract(MavenProject project, MavenSession session,
            List<ScenarioAdapter> adapters, int threads) throws IOException {
        return ScenarioStep.extract(MavenBuild.module(project, session), MavenBuild.executionRoot(session), adapters,
                threads);
    }
}

package dev.tracer.maven;

import dev.tracer.pipeline.BuildInput;
import dev.tracer.pipeline.ModuleInput;
import dev.tracer.reactor.ReactorLedger;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** Maven's project model and session, translated into the pipeline's plain inputs. */
final class MavenBuild {

    /** The key of the build's {@link ReactorLedger} in the resolver session's data: a string, as its value is a map. */
    private static final String REACTOR_KEY = "dev.tracer.reactor.ReactorLedger";

    private MavenBuild() {
    }

    static ModuleInput module(MavenProject project, MavenSession session) {
        return new ModuleInput(project.getId(), project.getArtifactId(), "pom".equals(project.getPackaging()),
                Paths.get(project.getBuild().getDirectory()), Paths.get(project.getBuild().getOutputDirectory()),
                paths(project.getCompileSourceRoots()), paths(project.getTestCompileSourceRoots()),
                project.getBasedir().toPath(),
                session.getUserProperties().getProperty("argLine", project.getProperties().getProperty("argLine")),
                session.getUserProperties().getProperty("test"));
    }

    static BuildInput build(MavenSession session) {
        return new BuildInput(executionRoot(session),
                session.getProjects().stream().map(p -> Paths.get(p.getBuild().getOutputDirectory())).toList(),
                session.getProjects().stream().map(p -> Paths.get(p.getBuild().getDirectory())).toList(),
                reactor(session));
    }

    static Path executionRoot(MavenSession session) {
        return Paths.get(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }

    /** Properties set during the forked lifecycle (an argLine from jacoco:prepare-agent) land on executedProject. */
    static void copyForkedProperties(MavenProject executedProject, MavenProject project) {
        if (executedProject != null && executedProject != project) {
            executedProject.getProperties().forEach((k, v) -> project.getProperties().put(k, v));
        }
    }

    /** This build's ledger, created by the first module to ask; JDK-typed, so every plugin class realm reads it. */
    @SuppressWarnings("unchecked")
    private static ReactorLedger reactor(MavenSession session) {
        var data = session.getRepositorySession().getData();
        Object shared = data.get(REACTOR_KEY);
        if (shared == null) {
            data.set(REACTOR_KEY, null, new ConcurrentHashMap<String, Object>()); // loses to a concurrent first
            shared = data.get(REACTOR_KEY);
        }
        return ReactorLedger.of((Map<String, Object>) shared,
                session.getProjects().stream().map(MavenProject::getId).toList());
    }

    private static List<Path> paths(List<String> roots) {
        return roots == null ? List.of() : roots.stream().map(Paths::get).toList();
    }
}

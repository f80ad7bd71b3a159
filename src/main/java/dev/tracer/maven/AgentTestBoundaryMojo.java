package dev.tracer.maven;

import dev.tracer.coordination.ChildBuild;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * The first goal of the child build of {@code tracer:agent-test}, not meant to be called by hand: before any plugin of
 * the project reads a source file, it records in the event cache which requests had registered by then. Those replay
 * the run; a request that registers later may concern files the build has already read, and gets a run of its own.
 * Outside such a child build it does nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "agent-test-boundary", aggregator = true, threadSafe = true)
public class AgentTestBoundaryMojo extends AbstractTracerMojo {

    /** It runs first in the child build, whose properties the runner chose; tracer:test-json checks them after. */
    @Override
    protected boolean checksUserProperties() {
        return false;
    }

    @Override
    protected void executeGoal() {
        if (!ChildBuild.recordBoundary(System.getenv(), readBeforeTheFirstGoal(), getLog()::warn)) {
            getLog().info("tracer: agent-test-boundary does nothing outside the child build of tracer:agent-test.");
        }
    }

    /** What Maven read before any goal ran: every POM of the reactor and its parents, settings, .mvn/ files. */
    private Set<Path> readBeforeTheFirstGoal() {
        Set<Path> files = new LinkedHashSet<>();
        for (MavenProject project : session.getProjects()) {
            for (MavenProject p = project; p != null; p = p.getParent()) {
                add(files, p.getFile());
            }
        }
        MavenExecutionRequest request = session.getRequest();
        add(files, request.getUserSettingsFile());
        add(files, request.getGlobalSettingsFile());
        File root = request.getMultiModuleProjectDirectory();
        if (root != null) {
            for (String name : new String[] {"maven.config", "jvm.config", "extensions.xml"}) {
                add(files, new File(new File(root, ".mvn"), name));
            }
        }
        return files;
    }

    private static void add(Set<Path> files, File file) {
        if (file != null) {
            files.add(file.toPath().toAbsolutePath().normalize());
        }
    }
}

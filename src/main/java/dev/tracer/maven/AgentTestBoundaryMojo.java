package dev.tracer.maven;

import dev.tracer.coordination.ChildBuild;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The first goal of the child build of {@code tracer:agent-test}, not meant to be called by hand: before any plugin of
 * the project reads a source file, it records in the event cache which requests had registered by then. Those replay
 * the run; a request that registers later may concern files the build has already read, and gets a run of its own.
 * Outside such a child build it does nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "agent-test-boundary", aggregator = true, threadSafe = true)
public class AgentTestBoundaryMojo extends AbstractMojo {

    @Override
    public final void execute() {
        if (!ChildBuild.recordBoundary(System.getenv(), getLog()::warn)) {
            getLog().info("tracer: agent-test-boundary does nothing outside the child build of tracer:agent-test.");
        }
    }
}

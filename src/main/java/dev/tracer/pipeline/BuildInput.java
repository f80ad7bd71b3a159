package dev.tracer.pipeline;

import dev.tracer.reactor.ReactorLedger;
import java.nio.file.Path;
import java.util.List;

/**
 * What the pipeline needs to know of the whole build.
 *
 * @param executionRoot     the directory Maven runs in; files in the document are relative to it
 * @param classesDirectories every module's compiled main classes: what Tracer's JaCoCo agent instruments
 * @param buildDirectories  every module's {@code target} directory, where the previous run's failures are
 * @param reactor           the modules' shared ledger (JDK types only: each module may have its own class realm)
 */
public record BuildInput(Path executionRoot, List<Path> classesDirectories, List<Path> buildDirectories,
        ReactorLedger reactor) {

    public BuildInput {
        executionRoot = executionRoot.toAbsolutePath().normalize();
        classesDirectories = List.copyOf(classesDirectories);
        buildDirectories = List.copyOf(buildDirectories);
    }

    /** The build's own {@code target/tracer}, where the reactor's document goes. */
    public Path tracerDirectory() {
        return executionRoot.resolve("target").resolve("tracer");
    }
}

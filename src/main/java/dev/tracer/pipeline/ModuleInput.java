package dev.tracer.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What the pipeline needs to know of one module of the build, taken from the build tool's project model.
 *
 * @param id                the module's id in the build (unique in the reactor)
 * @param name              the Maven artifactId, as the document names the module
 * @param aggregator        whether the module has no tests of its own (packaging {@code pom})
 * @param buildDirectory    its {@code target} directory; Tracer's files go to {@code target/tracer}
 * @param classesDirectory  its compiled main classes, for coverage
 * @param sourceRoots       its main source roots
 * @param testSourceRoots   its test source roots (generated ones included once the lifecycle has run)
 * @param baseDirectory     the module's directory, against which a relative JaCoCo destfile resolves
 * @param argLineProperty   the {@code argLine} property in effect for the module ({@code -DargLine} over the POM's),
 *                          or null
 * @param testProperty      the user's {@code -Dtest}, or null
 */
public record ModuleInput(String id, String name, boolean aggregator, Path buildDirectory, Path classesDirectory,
        List<Path> sourceRoots, List<Path> testSourceRoots, Path baseDirectory, String argLineProperty,
        String testProperty) {

    public ModuleInput {
        sourceRoots = sourceRoots == null ? List.of() : List.copyOf(sourceRoots);
        testSourceRoots = testSourceRoots == null ? List.of() : List.copyOf(testSourceRoots);
    }

    /** Where Tracer keeps the module's files. */
    public Path tracerDirectory() {
        return buildDirectory.resolve("tracer");
    }
}

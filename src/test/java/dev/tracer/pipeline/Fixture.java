package dev.tracer.pipeline;

import dev.tracer.config.Options;
import dev.tracer.model.TestDocument;
import dev.tracer.reactor.ReactorLedger;
import dev.tracer.report.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** A build laid out as Maven lays it out, whose modules' test sources come from a recording. */
final class Fixture {

    final Path root;
    final Map<String, Object> shared = new ConcurrentHashMap<>();
    final RecordingConsole console = new RecordingConsole();

    Fixture(Path root) {
        this.root = root;
    }

    /**
     * A recorded run under {@code src/test/resources/dev/tracer/pipeline/recorded}, named by the IT (and module) it
     * was recorded from.
     */
    static Path recorded(String it) {
        try {
            return Path.of(Fixture.class.getResource("/dev/tracer/pipeline/recorded/" + it).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A module in {@code dir} (the build's root for a single-module build) with the test sources of the IT (and
     * module) {@code it}, as the IT's build had them.
     */
    ModuleInput module(Path dir, String name, String it) {
        copyTree(Path.of("src/it").resolve(it).resolve("src"), dir.resolve("src"));
        return new ModuleInput("it:" + name + ":jar:1.0", name, false, dir.resolve("target"),
                dir.resolve("target/classes"), List.of(dir.resolve("src/main/java")),
                List.of(dir.resolve("src/test/java")), dir, null, null);
    }

    BuildInput build(ModuleInput... modules) {
        return new BuildInput(root, Stream.of(modules).map(ModuleInput::classesDirectory).toList(),
                Stream.of(modules).map(ModuleInput::buildDirectory).toList(),
                ReactorLedger.of(shared, Stream.of(modules).map(ModuleInput::id).toList()));
    }

    /** A single-module build at the root, with the sources of the IT {@code it}. */
    ModuleInput single(String it) {
        return module(root, it.substring("test-json-".length()), it);
    }

    /** A runner replaying the recording of {@code it}: each pass its events folder and reports folder. */
    RecordedRunner replay(ModuleInput module, String it, String... eventsAndReports) {
        RecordedRunner.Recording[] passes = new RecordedRunner.Recording[eventsAndReports.length / 2];
        for (int i = 0; i < passes.length; i++) {
            passes[i] = RecordedRunner.Recording.of(it, eventsAndReports[2 * i],
                    eventsAndReports[2 * i + 1]);
        }
        return new RecordedRunner(module.buildDirectory().resolve("surefire-reports"), passes);
    }

    /** stdout as the report file: the full document, indented, no budget (the lean form has its own tests). */
    static final dev.tracer.report.StdoutOptions FULL_STDOUT = new dev.tracer.report.StdoutOptions(true, true, 0);

    TestJsonPipeline pipeline(Options options, BuildInput build) {
        return new TestJsonPipeline(options, null, build, console, List.of(), FULL_STDOUT);
    }

    /** The document the build wrote to {@code target/tracer/report.json}. */
    TestDocument document() {
        try {
            return ReportJson.read(Files.readString(root.resolve("target/tracer/report.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

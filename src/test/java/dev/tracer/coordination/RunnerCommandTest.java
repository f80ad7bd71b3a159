package dev.tracer.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.config.Options;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerCommandTest {

    @Test
    void theKeyKeepsWhatChangesARunAndDropsHowACallerShowsIt() {
        List<String> key = RunnerCommand.key(List.of("-o", "-f", "/p/pom.xml"), Map.of("test", "CartTest",
                "tracer.all", "true", "tracer.retry", "false", "groups", "fast", "tracer.waitTimeout", "1h",
                "tracer.streaming", "true"));
        assertEquals(List.of("-o", "-f", "/p/pom.xml", "-Dgroups=fast", "-Dtracer.retry=false"), key);
    }

    @Test
    void theChildListsEveryTestAndStreamsThem() {
        assertEquals(List.of("mvn", "-B", "-q", "-o", "-Dtracer.all=true", "-Dtracer.streaming=true",
                "-Dtracer.output=/c/runs/x.document.out", "-Dtest=CartTest,OrderTest", "g:a:1:agent-test-boundary",
                "g:a:1:test-json"),
                RunnerCommand.command("mvn", List.of("-o"), Selection.of("OrderTest,CartTest"),
                        "/c/runs/x.document.out", "g:a:1"));
        assertEquals(List.of("g:a:1:agent-test-boundary", "g:a:1:test-json"),
                RunnerCommand.command("mvn", List.of(), Selection.ALL, "f", "g:a:1").subList(6, 8));
    }

    @Test
    void debiansAnsiResetsDoNotHideAnEvent() {
        assertEquals("{\"type\":\"test:pass\"}",
                ChildBuild.withoutAnsiResets("\u001B[0m\u001B[0m{\"type\":\"test:pass\"}"));
    }

    @Test
    void theChildOfARunnerWritesTheWholeStreamedDocumentWhateverThePomSays() {
        Options pom = Options.builder().output("x.json").summaryOnly(true).firstFailure(true).compact(true)
                .filterOut(List.of("known")).groupByError(true).noWarn(true).retry(false).failOnFlaky(true).build();
        assertEquals(pom, ChildBuild.runnerOptions(pom, Map.of()));
        assertEquals(Options.builder().all(true).output("/c/runs/r.document.out").noWarn(true).streaming(true)
                .retry(false).build(),
                ChildBuild.runnerOptions(pom, Map.of(ChildBuild.DOCUMENT_ENV, "/c/runs/r.document.out")));
    }
}

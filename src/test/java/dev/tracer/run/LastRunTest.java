package dev.tracer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastRunTest {

    private static TestCase test(String id, String cls, String method, TestState state) {
        return new TestCase(id, method + "()", cls, method, "m", null, null, state, 1, List.of(), null, null, null);
    }

    @Test
    void keepsFailedAndInvalidTestsSortedById(@TempDir Path dir) throws Exception {
        LastRun run = LastRun.of(new ModuleResult("m", List.of(
                test("b", "a.B", "two", TestState.INVALID),
                test("c", "a.B", "ok", TestState.PASSED),
                test("a", "a.B", "one", TestState.FAILED),
                test("d", "a.B", "skip", TestState.SKIPPED)), List.of(), List.of(), 0));
        assertEquals(List.of("a", "b"), run.ids());
        Path file = dir.resolve("t/last-run.json");
        run.write(file);
        assertEquals(run, LastRun.read(file, w -> { }));
    }

    @Test
    void writesOneMemberALineAndReadsNullsAndUnknownMembers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("last-run.json");
        new LastRun(List.of(new LastRun.Entry("junit4:a.B#c", "a.B", "c", "c"))).write(file);
        assertEquals("""
                {
                  "failed" : [ {
                    "id" : "junit4:a.B#c",
                    "class" : "a.B",
                    "method" : "c",
                    "name" : "c"
                  } ]
                }
                """, Files.readString(file));
        Files.writeString(file, """
                {"version": 2, "failed": [{"id": "x", "class": null, "method": null, "name": "n", "extra": {"a": [1]}}],
                 "later": [1, 2]}
                """);
        assertEquals(new LastRun(List.of(new LastRun.Entry("x", null, null, "n"))), LastRun.read(file, w -> { }));
        Files.writeString(file, "{\"failed\": null}");
        assertEquals(LastRun.NONE, LastRun.read(file, w -> { }));
    }

    @Test
    void surefireFilterNamesTopLevelClassesOrJUnit4Methods() {
        LastRun run = new LastRun(List.of(
                new LastRun.Entry("[engine:junit-jupiter]/[class:a.B]/[nested-class:C]/[method:x()]", "a.B$C", "x", "x()"),
                new LastRun.Entry("[engine:junit-jupiter]/[class:a.B]/[method:y()]", "a.B", "y", "y()"),
                new LastRun.Entry("junit4:z.Old#first", "z.Old", "first", "first"),
                new LastRun.Entry("junit4:z.Old#second", "z.Old", "second", "second")));
        assertEquals("a.B,z.Old#first+second", run.surefireTestFilter());
    }

    @Test
    void surefireFilterNamesTheMethodsOfTestNgTestsOnceForAllTheirRows() {
        // Surefire's TestNG provider selects methods; the listener jar's interceptor then keeps the selected rows
        LastRun run = new LastRun(List.of(
                new LastRun.Entry("testng:shop.CartTest#pricing[1]", "shop.CartTest", "pricing", "[1] 2"),
                new LastRun.Entry("testng:shop.CartTest#pricing[2]", "shop.CartTest", "pricing", "[2] 3"),
                new LastRun.Entry("testng:shop.CartTest#flaky", "shop.CartTest", "flaky", "flaky"),
                new LastRun.Entry("testng:shop.SetupTest#reads", "shop.SetupTest", "reads", "reads")));
        assertEquals("shop.CartTest#flaky+pricing,shop.SetupTest#reads", run.surefireTestFilter());
    }

    @Test
    void anUnreadableRecordCountsAsNoneWithAWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("last-run.json");
        Files.writeString(file, "{ not json");
        List<String> warnings = new ArrayList<>();
        assertEquals(LastRun.NONE, LastRun.read(file, warnings::add));
        assertTrue(warnings.get(0).startsWith("Ignored the unreadable record of the previous run"), warnings.toString());
        assertEquals(LastRun.NONE, LastRun.read(dir.resolve("absent.json"), warnings::add));
        assertEquals(1, warnings.size());
    }
}

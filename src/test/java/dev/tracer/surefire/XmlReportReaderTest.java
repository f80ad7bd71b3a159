package dev.tracer.surefire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlReportReaderTest {

    /** Reports written by Surefire 3.5.4 running JUnit Jupiter 5.11.4 with rerunFailingTestsCount=1 (properties cut). */
    private static final List<String> REAL_REPORTS =
            List.of("TEST-shop.CartTest.xml", "TEST-shop.PrintingTest.xml", "TEST-shop.SetupTest.xml");

    @TempDir
    Path dir;

    private void copyRealReports() throws IOException {
        for (String name : REAL_REPORTS) {
            try (InputStream in = getClass().getResourceAsStream("surefire-3.5.4/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    private void write(String name, String xml) throws IOException {
        Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
    }

    private Map<String, TestCase> readById() {
        return XmlReportReader.read(dir).stream().collect(Collectors.toMap(TestCase::id, Function.identity()));
    }

    @Test
    void readsEveryTestcaseOfRealReportsOnce() throws IOException {
        copyRealReports();

        List<TestCase> tests = XmlReportReader.read(dir);

        assertEquals(List.of(
                "xml:shop.CartTest#disabled", "xml:shop.CartTest#errors", "xml:shop.CartTest#fails",
                "xml:shop.CartTest#flaky", "xml:shop.CartTest#param(int)[1]", "xml:shop.CartTest#param(int)[2]",
                "xml:shop.CartTest#param(int)[3]", "xml:shop.CartTest#passes", "xml:shop.CartTest$WithDiscount#inner",
                "xml:shop.PrintingTest#prints_then_fails", "xml:shop.SetupTest#"),
                tests.stream().map(TestCase::id).toList());
    }

    @Test
    void aFailureIsAnAssertionWithTrimmedFramesAndTheValuesOfItsMessage() throws IOException {
        copyRealReports();

        TestCase fails = readById().get("xml:shop.CartTest#fails");

        assertEquals(new TestCase("xml:shop.CartTest#fails", "fails", "shop.CartTest", "fails", null, null, null,
                TestState.FAILED, 7, List.of(), List.of(new Failure("assertion", "org.opentest4j.AssertionFailedError",
                        "expected: <5> but was: <4>", "5", "4", null, null, null,
                        List.of(new StackFrame("shop.CartTest", "fails", "CartTest.java", 9)))), null, null), fails);
    }

    @Test
    void anErrorIsAnErrorAndTheRerunErrorBesideItAddsNothing() throws IOException {
        copyRealReports();

        TestCase errors = readById().get("xml:shop.CartTest#errors");

        assertEquals(TestState.FAILED, errors.state());
        assertEquals(1, errors.failures().size());
        Failure failure = errors.failures().get(0);
        assertEquals("error", failure.kind());
        assertEquals("java.lang.IllegalStateException", failure.type());
        assertEquals("boom", failure.message());
        assertEquals(List.of(new StackFrame("shop.CartTest", "errors", "CartTest.java", 10)), failure.stacktrace());
        assertEquals(12, errors.durationMs());
    }

    @Test
    void aTestWithOnlyAFlakyFailureIsPassed() throws IOException {
        copyRealReports();

        TestCase flaky = readById().get("xml:shop.CartTest#flaky");

        assertEquals(TestState.PASSED, flaky.state());
        assertNull(flaky.failures());
    }

    @Test
    void parameterizedInvocationsAndNestedClassesKeepTheirMethod() throws IOException {
        copyRealReports();
        Map<String, TestCase> tests = readById();

        TestCase third = tests.get("xml:shop.CartTest#param(int)[3]");
        assertEquals("param(int)[3]", third.name());
        assertEquals("param", third.method());
        assertEquals(TestState.FAILED, third.state());
        assertEquals(List.of(new StackFrame("shop.CartTest", "param", "CartTest.java", 13)),
                third.failures().get(0).stacktrace(), "stream plumbing below the test is cut");
        assertEquals(TestState.PASSED, tests.get("xml:shop.CartTest#param(int)[1]").state());

        TestCase inner = tests.get("xml:shop.CartTest$WithDiscount#inner");
        assertEquals("shop.CartTest$WithDiscount", inner.className());
        assertEquals("inner", inner.method());
    }

    @Test
    void skippedCarriesItsMessage() throws IOException {
        copyRealReports();

        TestCase disabled = readById().get("xml:shop.CartTest#disabled");

        assertEquals(TestState.SKIPPED, disabled.state());
        assertEquals("not yet", disabled.skipReason());
    }

    @Test
    void failedTestsKeepWhatTheyPrintedAndOnlyTheTopExceptionsFrames() throws IOException {
        copyRealReports();

        TestCase printing = readById().get("xml:shop.PrintingTest#prints_then_fails");

        assertEquals("adding 2 items\nwarn!\n", printing.output());
        assertEquals(List.of(new StackFrame("shop.PrintingTest", "prints_then_fails", "PrintingTest.java", 5)),
                printing.failures().get(0).stacktrace());
        assertNull(readById().get("xml:shop.CartTest#passes").output());
    }

    @Test
    void aClassLevelFailureWithoutNameIsNamedByItsClass() throws IOException {
        copyRealReports();

        TestCase setup = readById().get("xml:shop.SetupTest#");

        assertEquals("shop.SetupTest", setup.name());
        assertNull(setup.method());
        assertEquals(TestState.FAILED, setup.state());
        assertEquals("db down", setup.failures().get(0).message());
    }

    @Test
    void theTallyCountsTestcaseElementsAndNamesTheirClasses() throws IOException {
        copyRealReports();

        XmlReportReader.Tally tally = XmlReportReader.tally(dir, null);

        assertEquals(TALLY_OF_REAL_REPORTS, tally.totals());
        assertEquals(java.util.Set.of("shop.CartTest", "shop.CartTest$WithDiscount", "shop.PrintingTest"),
                tally.classes());
        assertEquals(java.util.Set.of(), tally.skippedWhole());
    }

    /** Counted by hand in the three real reports: testcase elements, those holding failure, error, skipped. */
    private static final dev.tracer.model.SurefireTotals TALLY_OF_REAL_REPORTS =
            new dev.tracer.model.SurefireTotals(11, 3, 3, 1);

    @Test
    void aNamelessSkippedTestcaseIsAClassSurefireCountedAsOneSkippedTest() throws IOException {
        // Surefire 3.2.5's JUnit 4 provider for a class whose @BeforeClass aborted on an assumption
        write("TEST-legacy.SetupAbortedTest.xml", """
                <testsuite name="legacy.SetupAbortedTest" tests="1" skipped="1">
                  <testcase name="" classname="legacy.SetupAbortedTest" time="0"><skipped message="offline"/></testcase>
                </testsuite>
                """);
        write("TEST-legacy.SetupFailsTest.xml", """
                <testsuite name="legacy.SetupFailsTest" tests="1" errors="1">
                  <testcase name="" classname="legacy.SetupFailsTest" time="0"><error type="x.Y">db</error></testcase>
                </testsuite>
                """);

        XmlReportReader.Tally tally = XmlReportReader.tally(dir, null);

        assertEquals(new dev.tracer.model.SurefireTotals(2, 0, 1, 1), tally.totals());
        assertEquals(java.util.Set.of(), tally.classes());
        assertEquals(java.util.Set.of("legacy.SetupAbortedTest"), tally.skippedWhole());
    }

    @Test
    void theTallyLeavesOutReportsOlderThanTheRun() throws IOException {
        copyRealReports();
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        for (String name : REAL_REPORTS) {
            Files.setLastModifiedTime(dir.resolve(name), old);
        }
        write("TEST-a.B.xml", "<testsuite name=\"a.B\"><testcase name=\"t\" classname=\"a.B\"/></testsuite>");

        XmlReportReader.Tally tally = XmlReportReader.tally(dir, java.nio.file.attribute.FileTime.fromMillis(2_000_000L));

        assertEquals(new dev.tracer.model.SurefireTotals(1, 0, 0, 0), tally.totals());
        assertEquals(java.util.Set.of("a.B"), tally.classes());
    }

    @Test
    void reportsTalliedWhileTheTestsRanCountAsReadAfterTheRunAndAChangedOneIsReadAgain() throws IOException {
        copyRealReports();
        write("TEST-a.B.xml", "<testsuite name=\"a.B\"><testcase name=\"t\" classname=\"a.B\"/>");
        EarlyTally early = new EarlyTally(dir, java.nio.file.attribute.FileTime.fromMillis(0));
        early.poll();
        // a.B's report was being written: Surefire finishes it with a failed test more
        write("TEST-a.B.xml", "<testsuite name=\"a.B\"><testcase name=\"t\" classname=\"a.B\"/>"
                + "<testcase name=\"u\" classname=\"a.B\"><failure/></testcase></testsuite>");
        write("TEST-c.D.xml", "<testsuite name=\"c.D\"><testcase name=\"t\" classname=\"c.D\"/></testsuite>");

        Map<Path, XmlReportReader.FileTally> shares = early.close();
        XmlReportReader.Tally tally = XmlReportReader.tally(dir, null, shares);

        assertEquals(4, shares.size(), "the three real reports and a.B's first part");
        assertEquals(XmlReportReader.tally(dir, null), tally);
        assertEquals(new dev.tracer.model.SurefireTotals(14, 4, 3, 1), tally.totals());
        early.poll();
        assertEquals(shares, early.close(), "closed: a late poll reads nothing");
    }

    @Test
    void reportsOlderThanTheRunAreNotTalliedEarly() throws IOException {
        copyRealReports();
        for (String name : REAL_REPORTS) {
            Files.setLastModifiedTime(dir.resolve(name), java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
        }
        EarlyTally early = new EarlyTally(dir, java.nio.file.attribute.FileTime.fromMillis(2_000_000L));
        early.poll();

        assertEquals(Map.of(), early.close());
    }

    @Test
    void aMissingDirectoryHasNoTests() {
        assertEquals(List.of(), XmlReportReader.read(dir.resolve("absent")));
        assertNull(XmlReportReader.tally(dir.resolve("absent"), null));
    }

    @Test
    void displayNamesAsClassnameDoNotCrash() throws IOException {
        write("TEST-Cart test.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="Cart test" time="1,234.5" tests="3" errors="0" skipped="0" failures="1">
                  <testcase name="adds prices" classname="Cart test" time="1,234.5">
                    <failure message="nope" type="java.lang.AssertionError">java.lang.AssertionError: nope
                \tat shop.CartTest.addsPrices(CartTest.java:3)
                </failure>
                  </testcase>
                  <testcase name="empty class" classname="" time="0.001"/>
                  <testcase name="no class"/>
                </testsuite>
                """);

        Map<String, TestCase> tests = readById();

        TestCase phrased = tests.get("xml:Cart test#adds prices");
        assertEquals("Cart test", phrased.className());
        assertNull(phrased.method());
        assertEquals(1_234_500, phrased.durationMs());
        assertEquals(List.of(new StackFrame("shop.CartTest", "addsPrices", "CartTest.java", 3)),
                phrased.failures().get(0).stacktrace());
        assertNull(tests.get("xml:#empty class").className());
        assertEquals(TestState.PASSED, tests.get("xml:#no class").state());
        assertEquals(0, tests.get("xml:#no class").durationMs());
    }

    @Test
    void aRepeatedIdIsMadeUnique() throws IOException {
        write("TEST-a.B.xml", """
                <testsuite name="a.B" tests="2">
                  <testcase name="same" classname="a.B" time="0"/>
                  <testcase name="same" classname="a.B" time="0"><skipped/></testcase>
                </testsuite>
                """);

        List<TestCase> tests = XmlReportReader.read(dir);

        assertEquals(List.of("xml:a.B#same", "xml:a.B#same#2"), tests.stream().map(TestCase::id).toList());
        assertEquals(List.of(TestState.PASSED, TestState.SKIPPED), tests.stream().map(TestCase::state).toList());
        assertNull(tests.get(1).skipReason());
    }

    @Test
    void aTruncatedReportIsSkippedWithAWarning() throws IOException {
        copyRealReports();
        write("TEST-z.Half.xml", "<?xml version=\"1.0\"?>\n<testsuite name=\"z.Half\" tests=\"1\">\n  <testcase name=\"a\" clas");
        List<String> warnings = new ArrayList<>();

        List<TestCase> tests = XmlReportReader.read(dir, warnings::add);

        assertEquals(11, tests.size());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("Skipped Surefire report TEST-z.Half.xml, which could not be read"),
                warnings.get(0));
        // the cut report holds no complete testcase, so the tally is the three real reports'
        assertEquals(TALLY_OF_REAL_REPORTS, XmlReportReader.tally(dir, null).totals());
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        write("TEST-x.Evil.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]>\n<testsuite name=\"x.Evil\" tests=\"1\"><testcase name=\"a\" classname=\"x.Evil\">"
                + "<skipped message=\"&s;\"/></testcase></testsuite>");
        List<String> warnings = new ArrayList<>();

        assertEquals(List.of(), XmlReportReader.read(dir, warnings::add));
        assertEquals(1, warnings.size());
        assertTrue(!warnings.get(0).contains("TOP-SECRET"));
    }

    @Test
    void parsesPrintedStackTraces() {
        String trace = """
                java.lang.RuntimeException: wrapper
                \tat app//shop.Cart.total(Cart.java:12)
                \tat com.acme.lib@1.2/com.acme.Lib.call(Lib.java:3)
                \tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)
                \tat shop.Gen.run(Unknown Source)
                \tat shop.NoLine.run(NoLine.java)
                \tat shop.CartTest$WithDiscount.lambda$inner$0(CartTest.java:20)
                Caused by: java.lang.IllegalStateException: root
                \tat shop.Deep.x(Deep.java:1)
                \t... 4 more
                """;

        assertEquals(List.of(
                new StackFrame("shop.Cart", "total", "Cart.java", 12),
                new StackFrame("com.acme.Lib", "call", "Lib.java", 3),
                new StackFrame("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", null, null),
                new StackFrame("shop.Gen", "run", null, null),
                new StackFrame("shop.NoLine", "run", "NoLine.java", null),
                new StackFrame("shop.CartTest$WithDiscount", "lambda$inner$0", "CartTest.java", 20)),
                XmlReportReader.parseStackTrace(trace));
        assertEquals(List.of(), XmlReportReader.parseStackTrace(""));
        assertEquals(List.of(), XmlReportReader.parseStackTrace(null));
    }

    @Test
    void methodIsTheLeadingIdentifierOfTheName() {
        assertEquals("param", XmlReportReader.method("param(int)[3]"));
        assertEquals("testAdd", XmlReportReader.method("testAdd[0]"));
        assertEquals("fails", XmlReportReader.method("fails"));
        assertNull(XmlReportReader.method("adds prices"));
        assertNull(XmlReportReader.method("[1] 101"));
        assertNull(XmlReportReader.method(""));
    }

    @Test
    void durationsAreRoundedMilliseconds() {
        assertEquals(23, XmlReportReader.durationMs("0.023"));
        assertEquals(1_234_568, XmlReportReader.durationMs("1,234.5678"));
        assertEquals(0, XmlReportReader.durationMs("-1"));
        assertEquals(0, XmlReportReader.durationMs("n/a"));
        assertEquals(0, XmlReportReader.durationMs(null));
    }
}

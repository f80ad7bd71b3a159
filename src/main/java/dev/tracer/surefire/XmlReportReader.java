package dev.tracer.surefire;

import dev.tracer.events.AssertionMessages;
import dev.tracer.events.StackTrimmer;
import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.tracer.model.SurefireTotals;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Surefire's {@code TEST-*.xml} reports: the fallback when the listener did not run, and a cross-check.
 *
 * <h2>Mapping of a {@code <testcase>}</h2>
 * <ul>
 *   <li>{@code <failure>} → {@link TestState#FAILED}, kind {@code "assertion"}; {@code <error>} →
 *       {@link TestState#FAILED}, kind {@code "error"}. Type and message come from the attributes, the frames from
 *       the element's text (the top exception's frames only, parsed best-effort, then {@link StackTrimmer trimmed});
 *       for a {@code <failure>}, {@code expected} and {@code actual} are what {@link AssertionMessages} reads from
 *       the message, if anything.</li>
 *   <li>{@code <skipped>} → {@link TestState#SKIPPED}, its {@code message} (or text) as the skip reason.</li>
 *   <li>Otherwise {@link TestState#PASSED}. In particular a test with only {@code <flakyFailure>}/{@code <flakyError>}
 *       (it failed, then passed when {@code rerunFailingTestsCount} reran it) is passed; {@code <rerunFailure>}/
 *       {@code <rerunError>} beside a {@code <failure>} add nothing: each testcase is one test.</li>
 *   <li>{@code id} = {@code xml:<classname>#<name>}; a repeated id gets {@code #2}, {@code #3}... in reading order
 *       (files by name, testcases in document order). {@code name} is the {@code name} attribute, or the class name
 *       when that is empty (Surefire reports a class-level failure as a testcase without a name); {@code method} is
 *       the leading Java identifier of the name when followed by nothing, {@code (} or {@code [}
 *       ({@code param(int)[3]} → {@code param}), null otherwise (a display name).</li>
 *   <li>{@code time} (seconds, possibly with {@code ,} thousands separators) → {@code duration_ms}.</li>
 *   <li>{@code <system-out>} and {@code <system-err>} become the output of failed tests (the last 8,000
 *       characters).</li>
 * </ul>
 * The parser refuses DTDs and external entities. A file that cannot be parsed (a JVM killed while Surefire wrote it)
 * is skipped with a warning; reading never throws.
 */
public final class XmlReportReader {

    /** The prefix of the id of a test read from an XML report. */
    public static final String ID_PREFIX = "xml:";

    static final int MAX_OUTPUT = 8_000;

    private static final Pattern LEADING_IDENTIFIER = Pattern.compile("^(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)(?:$|[(\\[])");
    private static final Pattern FRAME = Pattern.compile("^\\s*at\\s+([^\\s(]+)\\((.*)\\)\\s*$");

    private XmlReportReader() {
    }

    /** The tests in the reports, sorted by id; an absent directory gives none. Warnings are dropped. */
    public static List<TestCase> read(Path reportsDirectory) {
        return read(reportsDirectory, warning -> { });
    }

    /**
     * The tests in the reports, sorted by id.
     *
     * @param warnings receives one message per report that could not be read
     */
    public static List<TestCase> read(Path reportsDirectory, Consumer<String> warnings) {
        return read(reportsDirectory, null, warnings);
    }

    /**
     * The tests in the reports written since {@code notBefore}, sorted by id. Surefire never deletes old reports, so
     * reading a directory after a run that wrote none (no test matched {@code -Dtest}) would report the previous run.
     *
     * @param notBefore reports last modified before this are ignored; null reads every report
     * @param warnings  receives one message per report that could not be read
     */
    public static List<TestCase> read(Path reportsDirectory, FileTime notBefore, Consumer<String> warnings) {
        List<TestCase> tests = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Path file : reports(reportsDirectory, warnings)) {
            if (notBefore != null && modifiedBefore(file, notBefore)) {
                continue;
            }
            Document document = parse(file, warnings);
            if (document == null) {
                continue;
            }
            NodeList testcases = document.getElementsByTagName("testcase");
            for (int i = 0; i < testcases.getLength(); i++) {
                TestCase test = testCase((Element) testcases.item(i));
                int count = seen.merge(test.id(), 1, Integer::sum);
                if (count > 1) {
                    test = withId(test, test.id() + "#" + count);
                }
                tests.add(test);
            }
        }
        tests.sort(Comparator.comparing(TestCase::id));
        return List.copyOf(tests);
    }

    /**
     * Surefire's totals of a run and the classes it reported tests of.
     *
     * @param totals  its {@code <testcase>} elements counted (not the {@code <testsuite>} attributes, which are wrong
     *                for classes with {@code @Nested} classes): {@code failures} those with a {@code <failure>},
     *                {@code errors} with an {@code <error>}, {@code skipped} with a {@code <skipped>}
     * @param classes the {@code classname} of every testcase with a name (a test)
     * @param skippedWhole the {@code classname} of every nameless skipped testcase: a class that Surefire's JUnit 4
     *                provider counted as one skipped test, its {@code @BeforeClass} having aborted on an assumption
     */
    public record Tally(SurefireTotals totals, Set<String> classes, Set<String> skippedWhole) {
    }

    /**
     * The tally of the reports written since {@code notBefore}, read with a streaming parser (a large suite's reports
     * hold every test's output, which is skipped, not built).
     *
     * @return null when there is no such report
     */
    public static Tally tally(Path reportsDirectory, FileTime notBefore) {
        return tally(reportsDirectory, notBefore, Map.of());
    }

    /**
     * As {@link #tally(Path, FileTime)}, taking each report's share from {@code early} when the file still has the
     * size and time it had when that share was read.
     *
     * @param early the reports tallied while the tests ran ({@link EarlyTally}), by absolute path
     */
    public static Tally tally(Path reportsDirectory, FileTime notBefore, Map<Path, FileTally> early) {
        int[] counts = new int[4];
        Set<String> classes = new TreeSet<>();
        Set<String> skippedWhole = new TreeSet<>();
        boolean any = false;
        for (Path file : reports(reportsDirectory, warning -> { })) {
            if (notBefore != null && modifiedBefore(file, notBefore)) {
                continue;
            }
            FileTally share = early.get(file.toAbsolutePath());
            if (share == null || !share.isCurrent(file)) {
                share = FileTally.of(file);
            }
            for (int i = 0; i < counts.length; i++) {
                counts[i] += share.counts()[i];
            }
            classes.addAll(share.classes());
            skippedWhole.addAll(share.skippedWhole());
            any |= share.suite();
        }
        return any ? new Tally(new SurefireTotals(counts[0], counts[1], counts[2], counts[3]), classes,
                skippedWhole) : null;
    }

    /**
     * One report's share of a tally, with the size and time the file had before it was read.
     *
     * @param suite whether the file is a report (a report its JVM did not finish writing counts what it has)
     */
    public record FileTally(FileTime modified, long size, boolean suite, int[] counts, Set<String> classes,
            Set<String> skippedWhole) {

        static FileTally of(Path file) {
            FileTime modified = null;
            long size = -1;
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                modified = attributes.lastModifiedTime();
                size = attributes.size();
            } catch (IOException e) {
                // never current: read again at the end
            }
            int[] counts = new int[4];
            Set<String> classes = new TreeSet<>();
            Set<String> skippedWhole = new TreeSet<>();
            boolean suite = tallyFile(file, counts, classes, skippedWhole);
            return new FileTally(modified, size, suite, counts, classes, skippedWhole);
        }

        /** Whether the file still has the size and time it had when this share was read. */
        boolean isCurrent(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return modified != null && modified.equals(attributes.lastModifiedTime())
                        && size == attributes.size();
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** The reports in {@code directory} modified since {@code notBefore}, in name order. */
    static List<Path> reportsSince(Path directory, FileTime notBefore) {
        List<Path> files = new ArrayList<>();
        for (Path file : reports(directory, warning -> { })) {
            if (!modifiedBefore(file, notBefore)) {
                files.add(file);
            }
        }
        return files;
    }

    private static final XMLInputFactory STAX = secureStax();

    private static XMLInputFactory secureStax() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** @return false for a file that is not a report (a report its JVM did not finish writing counts what it has) */
    private static boolean tallyFile(Path file, int[] counts, Set<String> classes, Set<String> skippedWhole) {
        try (InputStream in = Files.newInputStream(file)) {
            return tallyStream(in, counts, classes, skippedWhole);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Tallies a small report in memory and drops the result: loads the streaming parser's classes, which take a cold
     * JVM about 0.15 s, longer than the tally of a 2,000-test suite once they are loaded. For a caller with an idle
     * thread while the tests run.
     */
    public static void warmUp() {
        byte[] report = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><testsuite name=\"a.B\" tests=\"1\">"
                + "<testcase name=\"c\" classname=\"a.B\" time=\"0\"><skipped/><system-out><![CDATA[d]]>"
                + "</system-out></testcase></testsuite>").getBytes(StandardCharsets.UTF_8);
        tallyStream(new ByteArrayInputStream(report), new int[4], new TreeSet<>(), new TreeSet<>());
    }

    private static boolean tallyStream(InputStream in, int[] counts, Set<String> classes, Set<String> skippedWhole) {
        boolean suite = false;
        try {
            XMLStreamReader reader = STAX.createXMLStreamReader(in);
            try {
                int depth = 0;
                int testcaseDepth = -1;
                int state = 0; // of the current testcase: 0 passed, 1 failure, 2 error, 3 skipped
                String className = null;
                boolean named = false;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = reader.getLocalName();
                        if (depth == 1) {
                            suite = "testsuite".equals(name) || "testsuites".equals(name);
                            if (!suite) {
                                return false;
                            }
                        } else if ("testcase".equals(name) && testcaseDepth < 0) {
                            testcaseDepth = depth;
                            state = 0;
                            className = reader.getAttributeValue(null, "classname");
                            String testName = reader.getAttributeValue(null, "name");
                            named = testName != null && !testName.isEmpty();
                            if (className != null && named) {
                                classes.add(className);
                            }
                        } else if (depth == testcaseDepth + 1 && state == 0) {
                            state = switch (name) {
                                case "failure" -> 1;
                                case "error" -> 2;
                                case "skipped" -> 3;
                                default -> 0;
                            };
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == testcaseDepth) {
                            counts[0]++;
                            if (state > 0) {
                                counts[state]++;
                            }
                            if (className != null && !named && state == 3) {
                                skippedWhole.add(className);
                            }
                            testcaseDepth = -1;
                        }
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // a report cut short: what was read counts
        }
        return suite;
    }

    private static boolean modifiedBefore(Path file, FileTime notBefore) {
        try {
            return Files.getLastModifiedTime(file).compareTo(notBefore) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static List<Path> reports(Path directory, Consumer<String> warnings) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "TEST-*.xml")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            warnings.accept("Could not list Surefire's reports in " + directory + ": " + e);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private static Document parse(Path file, Consumer<String> warnings) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
            return builder.parse(in, file.toUri().toString());
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            warnings.accept("Skipped Surefire report " + file.getFileName() + ", which could not be read: "
                    + e.getMessage());
            return null;
        }
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    private static TestCase testCase(Element testcase) {
        String className = testcase.getAttribute("classname").strip();
        String name = testcase.getAttribute("name").strip();
        String id = ID_PREFIX + className + "#" + name;
        String displayName = name.isEmpty() ? className : name;
        String method = method(name);
        long duration = durationMs(testcase.getAttribute("time"));

        Element failure = child(testcase, "failure");
        Element error = child(testcase, "error");
        Element skipped = child(testcase, "skipped");
        TestState state;
        List<Failure> failures = null;
        String skipReason = null;
        String output = null;
        if (failure != null || error != null) {
            state = TestState.FAILED;
            failures = new ArrayList<>();
            if (failure != null) {
                failures.add(failure(failure, Failure.ASSERTION, className));
            }
            if (error != null) {
                failures.add(failure(error, Failure.ERROR, className));
            }
            output = output(testcase);
        } else if (skipped != null) {
            state = TestState.SKIPPED;
            skipReason = attributeOrText(skipped, "message");
        } else {
            state = TestState.PASSED;
        }
        return new TestCase(id, displayName, className.isEmpty() ? null : className, method, null, null, null, state,
                duration, List.of(), failures, skipReason, output);
    }

    private static Failure failure(Element element, String kind, String testClassName) {
        String type = blankToNull(element.getAttribute("type"));
        String message = element.hasAttribute("message") ? element.getAttribute("message") : null;
        List<StackFrame> frames = StackTrimmer.trim(parseStackTrace(element.getTextContent()), testClassName);
        AssertionMessages.Values values = Failure.ASSERTION.equals(kind)
                ? AssertionMessages.parse(type, message).orElse(null) : null;
        return new Failure(kind, type, message, values == null ? null : values.expected(),
                values == null ? null : values.actual(), null, null, null, frames);
    }

    /**
     * The frames of the top exception in a printed stack trace ({@code Throwable.printStackTrace} format), up to the
     * first {@code Caused by:} or {@code Suppressed:}. Module prefixes ({@code java.base/}, {@code app//}) are
     * removed; {@code Unknown Source} and {@code Native Method} give a null file and line.
     */
    static List<StackFrame> parseStackTrace(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<StackFrame> frames = new ArrayList<>();
        boolean inFrames = false;
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (inFrames && (stripped.startsWith("Caused by:") || stripped.startsWith("Suppressed:"))) {
                break;
            }
            Matcher matcher = FRAME.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            inFrames = true;
            String qualified = matcher.group(1);
            qualified = qualified.substring(qualified.lastIndexOf('/') + 1);
            int dot = qualified.lastIndexOf('.');
            if (dot <= 0 || dot == qualified.length() - 1) {
                continue;
            }
            String location = matcher.group(2);
            String file = null;
            Integer lineNumber = null;
            if (!location.isEmpty() && !location.equals("Unknown Source") && !location.equals("Native Method")) {
                int colon = location.lastIndexOf(':');
                if (colon > 0) {
                    file = location.substring(0, colon);
                    lineNumber = positiveInteger(location.substring(colon + 1));
                } else {
                    file = location;
                }
            }
            frames.add(new StackFrame(qualified.substring(0, dot), qualified.substring(dot + 1), file, lineNumber));
        }
        return frames;
    }

    private static String output(Element testcase) {
        StringBuilder output = new StringBuilder();
        for (String tag : List.of("system-out", "system-err")) {
            Element element = child(testcase, tag);
            if (element != null && !element.getTextContent().isEmpty()) {
                output.append(element.getTextContent());
            }
        }
        if (output.isEmpty()) {
            return null;
        }
        return output.length() <= MAX_OUTPUT ? output.toString() : output.substring(output.length() - MAX_OUTPUT);
    }

    static String method(String name) {
        Matcher matcher = LEADING_IDENTIFIER.matcher(name);
        return matcher.find() ? matcher.group(1) : null;
    }

    static long durationMs(String time) {
        if (time == null || time.isBlank()) {
            return 0;
        }
        try {
            double seconds = Double.parseDouble(time.strip().replace(",", ""));
            return seconds > 0 && Double.isFinite(seconds) ? Math.round(seconds * 1000) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static TestCase withId(TestCase t, String id) {
        return new TestCase(id, t.name(), t.className(), t.method(), t.module(), t.file(), t.line(), t.state(),
                t.durationMs(), t.tags(), t.failures(), t.skipReason(), t.output());
    }

    private static Element child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && tag.equals(element.getTagName())) {
                return element;
            }
        }
        return null;
    }

    private static String attributeOrText(Element element, String attribute) {
        if (element.hasAttribute(attribute)) {
            return element.getAttribute(attribute);
        }
        return blankToNull(element.getTextContent().strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int integer(String value) {
        Integer parsed = positiveInteger(value);
        return parsed == null ? 0 : parsed;
    }

    private static Integer positiveInteger(String value) {
        if (value == null) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip().replace(",", ""));
            return parsed > 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

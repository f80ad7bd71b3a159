package dev.tracer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLocatorTest {

    private static final String CART_TEST = """
            package shop;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.DisplayName;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;
            import shop.support.Lifecycle;

            class CartTest extends BaseTest implements Lifecycle {

                record Item(String name, int price) {
                    Item {
                        if (price < 0) throw new IllegalArgumentException();
                    }

                    int doubled() { return price * 2; }
                }

                sealed interface Shape permits Circle, Square {}
                record Circle(int r) implements Shape {}
                record Square(int s) implements Shape {}

                @Test
                @DisplayName("adds prices")
                void totalAddsPrices() {
                    assertTotal(5, new Item("a", 4));
                }

                void assertTotal(int expected, Item item) {
                    assertEquals(expected, item.price());
                }

                static int area(Object shape) {
                    return switch (shape) {
                        case Circle c when c.r() > 0 -> c.r() * c.r() * 3;
                        case Square(int s) -> s * s;
                        default -> 0;
                    };
                }

                @ParameterizedTest
                @ValueSource(ints = {1, 2, 101})
                void
                param(int x) {
                    assertEquals(true, x < 100, "too big");
                }

                void overloaded(String s) {}

                void overloaded(int x) {}

                @Nested
                class WithDiscount {
                    @Test
                    void inner() {
                        Runnable check = () -> assertEquals("a", "b");
                        check.run();
                    }
                }
            }
            """;

    private static final String BASE_TEST = """
            package shop;

            import org.junit.jupiter.api.Test;

            abstract class BaseTest {

                @Test
                void inherited() {
                    throw new IllegalStateException("from base");
                }
            }
            """;

    private static final String LIFECYCLE = """
            package shop.support;

            public interface Lifecycle {
                @org.junit.jupiter.api.Test
                default void fromInterface() {
                }
            }
            """;

    private static final String SETUP_TEST = """
            package shop;

            class SetupTest {
                @org.junit.jupiter.api.BeforeAll
                static void setup() {
                    throw new RuntimeException("db down");
                }
            }
            """;

    @TempDir
    Path executionRoot;

    private Path main;
    private Path java11;
    private SourceLocator locator;

    @BeforeEach
    void writeSources() throws IOException {
        main = executionRoot.resolve("shop-module/src/test/java");
        java11 = executionRoot.resolve("shop-module/src/test/java11");
        write(main, "shop/CartTest.java", CART_TEST);
        write(java11, "shop/BaseTest.java", BASE_TEST);
        write(main, "shop/support/Lifecycle.java", LIFECYCLE);
        write(main, "shop/SetupTest.java", SETUP_TEST);
        locator = new SourceLocator(List.of(main, java11), executionRoot);
    }

    private static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The 1-based line of the first line containing {@code snippet}. */
    private static int lineOf(String source, String snippet) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        throw new AssertionError(snippet);
    }

    private static Failure failure(StackFrame... frames) {
        return new Failure("assertion", "org.opentest4j.AssertionFailedError", "nope", "a", "b", null, null, null,
                List.of(frames));
    }

    private static TestCase test(String className, String method, String name, Failure failure) {
        return new TestCase("id", name, className, method, null, null, null,
                failure == null ? TestState.PASSED : TestState.FAILED, 3, List.of(), failure == null ? null : List.of(failure),
                null, null);
    }

    @Test
    void findsTheTopLevelFileOfNestedAndAnonymousClasses() {
        Path cart = main.resolve("shop/CartTest.java");
        assertEquals(Optional.of(cart), locator.sourceFile("shop.CartTest"));
        assertEquals(Optional.of(cart), locator.sourceFile("shop.CartTest$WithDiscount"));
        assertEquals(Optional.of(cart), locator.sourceFile("shop.CartTest$WithDiscount$1"));
        assertEquals(Optional.of(java11.resolve("shop/BaseTest.java")), locator.sourceFile("shop.BaseTest"));
    }

    @Test
    void theFirstRootWins() throws IOException {
        Path first = write(main, "shop/Twice.java", "package shop; class Twice {}");
        write(java11, "shop/Twice.java", "package shop; class Twice {}");
        assertEquals(Optional.of(first), locator.sourceFile("shop.Twice"));
    }

    @Test
    void namesThatAreNotClassesFindNothing() {
        for (String name : new String[] {"Cart test", "", "shop..CartTest", "shop.CartTest.", "$1", "[engine:junit-jupiter]",
                "shop.Missing", "../../etc/passwd", "a/b"}) {
            assertEquals(Optional.empty(), locator.sourceFile(name), name);
            assertNull(locator.methodLine(name, "m"), name);
        }
        assertEquals(Optional.empty(), locator.sourceFile(null));
    }

    @Test
    void methodLineIsTheLineOfTheNameNotOfTheAnnotations() {
        assertEquals(lineOf(CART_TEST, "void totalAddsPrices()"), locator.methodLine("shop.CartTest", "totalAddsPrices"));
        assertEquals(lineOf(CART_TEST, "param(int x) {"), locator.methodLine("shop.CartTest", "param"),
                "the name, even on the line after the return type");
    }

    @Test
    void findsMethodsOfNestedClassesInTheirOwnClassOnly() {
        assertEquals(lineOf(CART_TEST, "void inner()"), locator.methodLine("shop.CartTest$WithDiscount", "inner"));
        assertNull(locator.methodLine("shop.CartTest", "inner"));
        assertNull(locator.methodLine("shop.CartTest$WithDiscount", "totalAddsPrices"));
        assertNull(locator.methodLine("shop.CartTest", "missing"));
        assertNull(locator.methodLine("shop.CartTest", null));
    }

    @Test
    void anOverloadedMethodIsFoundAtItsFirstDeclaration() {
        assertEquals(lineOf(CART_TEST, "void overloaded(String s)"), locator.methodLine("shop.CartTest", "overloaded"));
    }

    @Test
    void parsesRecordsSealedTypesAndPatternSwitches() {
        assertEquals(lineOf(CART_TEST, "static int area"), locator.methodLine("shop.CartTest", "area"));
        assertEquals(lineOf(CART_TEST, "int doubled()"), locator.methodLine("shop.CartTest$Item", "doubled"));
    }

    @Test
    void aFileThatDoesNotParseHasNoMethodLinesButStillHasItsText() throws IOException {
        Path broken = write(main, "shop/BrokenTest.java", "package shop;\nclass BrokenTest {\n  void m() { int = ; }\n");
        assertNull(locator.methodLine("shop.BrokenTest", "m"));
        assertEquals("void m() { int = ; }", locator.lineText(broken, 3));
    }

    @Test
    void lineTextIsTrimmedAndNullOutsideTheFile() {
        Path cart = main.resolve("shop/CartTest.java");
        assertEquals("assertEquals(expected, item.price());",
                locator.lineText(cart, lineOf(CART_TEST, "assertEquals(expected, item.price());")));
        assertNull(locator.lineText(cart, 0));
        assertNull(locator.lineText(cart, 10_000));
        assertNull(locator.lineText(main.resolve("shop/Absent.java"), 1));
    }

    @Test
    void windowsLineEndingsKeepLinesAligned() throws IOException {
        Path crlf = write(main, "shop/CrlfTest.java",
                "package shop;\r\n\r\nclass CrlfTest {\r\n    @Test\r\n    void m() {\r\n        fail();\r\n    }\r\n}\r\n");
        assertEquals(5, locator.methodLine("shop.CrlfTest", "m"));
        assertEquals("fail();", locator.lineText(crlf, 6));
    }

    @Test
    void eachFileIsReadOnce() throws IOException {
        int line = locator.methodLine("shop.CartTest", "totalAddsPrices");
        write(main, "shop/CartTest.java", "package shop;\nclass CartTest {}\n");
        assertEquals(line, locator.methodLine("shop.CartTest", "totalAddsPrices"));
        assertEquals("void totalAddsPrices() {", locator.lineText(main.resolve("shop/CartTest.java"), line));
    }

    @Test
    void pathsAreRelativeToTheExecutionRootWithSlashes() {
        assertEquals("shop-module/src/test/java/shop/CartTest.java", locator.relative(main.resolve("shop/CartTest.java")));
    }

    @Test
    void locatesATestAndTheDeepestFrameOfItsClass() {
        int helperLine = lineOf(CART_TEST, "assertEquals(expected, item.price());");
        int testLine = lineOf(CART_TEST, "assertTotal(5, new Item");
        Failure failure = failure(
                new StackFrame("shop.CartTest$Item", "price", "CartTest.java", null),
                new StackFrame("shop.CartTest", "assertTotal", "CartTest.java", helperLine),
                new StackFrame("shop.CartTest", "totalAddsPrices", "CartTest.java", testLine));

        TestCase located = locator.locate(test("shop.CartTest", "totalAddsPrices", "adds prices", failure), "shop");

        String file = "shop-module/src/test/java/shop/CartTest.java";
        assertEquals("shop", located.module());
        assertEquals(file, located.file());
        assertEquals(lineOf(CART_TEST, "void totalAddsPrices()"), located.line());
        assertEquals(List.of(new Failure("assertion", "org.opentest4j.AssertionFailedError", "nope", "a", "b", file,
                helperLine, "assertEquals(expected, item.price());", failure.stacktrace())), located.failures());
        assertEquals("adds prices", located.name());
        assertEquals(TestState.FAILED, located.state());
    }

    @Test
    void locatesANestedTestFailingInALambda() {
        int lambdaLine = lineOf(CART_TEST, "Runnable check");
        Failure failure = failure(
                new StackFrame("shop.CartTest$WithDiscount", "lambda$inner$0", "CartTest.java", lambdaLine),
                new StackFrame("shop.CartTest$WithDiscount", "inner", "CartTest.java", lambdaLine + 1));

        TestCase located = locator.locate(test("shop.CartTest$WithDiscount", "inner", "inner()", failure), "shop");

        assertEquals(lineOf(CART_TEST, "void inner()"), located.line());
        assertEquals(lambdaLine, located.failures().get(0).line());
        assertEquals("Runnable check = () -> assertEquals(\"a\", \"b\");", located.failures().get(0).source());
    }

    @Test
    void locatesAParameterizedInvocationAtItsMethod() {
        int failing = lineOf(CART_TEST, "\"too big\"");
        TestCase located = locator.locate(test("shop.CartTest", "param", "[3] 101",
                failure(new StackFrame("shop.CartTest", "param", "CartTest.java", failing))), "shop");

        assertEquals(lineOf(CART_TEST, "param(int x) {"), located.line());
        assertEquals(failing, located.failures().get(0).line());
    }

    @Test
    void anInheritedTestIsLocatedWhereItIsDeclared() {
        int throwing = lineOf(BASE_TEST, "throw new");
        TestCase located = locator.locate(test("shop.CartTest", "inherited", "inherited()",
                failure(new StackFrame("shop.BaseTest", "inherited", "BaseTest.java", throwing),
                        new StackFrame("shop.CartTest", "unrelated", "CartTest.java", 1))), "shop");

        assertEquals("shop-module/src/test/java11/shop/BaseTest.java", located.file());
        assertEquals(lineOf(BASE_TEST, "void inherited()"), located.line());
        assertEquals("shop-module/src/test/java11/shop/BaseTest.java", located.failures().get(0).file());
        assertEquals(throwing, located.failures().get(0).line());
        assertEquals("throw new IllegalStateException(\"from base\");", located.failures().get(0).source());
    }

    @Test
    void aDefaultMethodOfAnImportedInterfaceIsFound() {
        assertEquals(Optional.of(new SourceLocator.Declaration(main.resolve("shop/support/Lifecycle.java"),
                        "shop.support.Lifecycle", lineOf(LIFECYCLE, "default void fromInterface()"))),
                locator.findMethod("shop.CartTest", "fromInterface"));
        assertEquals(Optional.empty(), locator.findMethod("shop.CartTest", "nowhere"));
    }

    @Test
    void supertypeCyclesDoNotLoop() throws IOException {
        write(main, "shop/Ping.java", "package shop; class Ping extends Pong {}");
        write(main, "shop/Pong.java", "package shop; class Pong extends Ping {}");
        assertEquals(Optional.empty(), locator.findMethod("shop.Ping", "m"));
    }

    @Test
    void aTestWhoseClassIsNotInTheSourcesKeepsItsFailuresAsTheyAre() {
        Failure failure = failure(new StackFrame("Cart test", "adds prices", null, 3));
        TestCase located = locator.locate(test("Cart test", null, "adds prices", failure), "shop");

        assertEquals("shop", located.module());
        assertNull(located.file());
        assertNull(located.line());
        assertEquals(List.of(failure), located.failures());
        assertEquals("shop", locator.locate(test(null, null, "x", null), "shop").module());
    }

    @Test
    void aFrameFromAnotherFileOfTheSameNameIsNotTrusted() {
        Failure failure = failure(new StackFrame("shop.CartTest", "totalAddsPrices", "CartTest.kt", 3));
        TestCase located = locator.locate(test("shop.CartTest", "totalAddsPrices", "t", failure), "shop");
        assertNull(located.failures().get(0).line());
    }

    @Test
    void locatesAClassFailure() {
        int throwing = lineOf(SETUP_TEST, "db down");
        Failure failure = new Failure("error", "java.lang.RuntimeException", "db down", null, null, null, null, null,
                List.of(new StackFrame("shop.SetupTest", "setup", "SetupTest.java", throwing)));

        ClassFailure located = locator.locate(new ClassFailure("shop.SetupTest", null, null, List.of(failure)), "shop");

        String file = "shop-module/src/test/java/shop/SetupTest.java";
        assertEquals(new ClassFailure("shop.SetupTest", "shop", file, List.of(new Failure("error",
                "java.lang.RuntimeException", "db down", null, null, file, throwing,
                "throw new RuntimeException(\"db down\");", failure.stacktrace()))), located);
    }

    @Test
    void anEngineLevelClassFailureHasNoFile() {
        ClassFailure located = locator.locate(new ClassFailure("[engine:junit-jupiter]", null, null, List.of()), "shop");
        assertNull(located.file());
        assertEquals("shop", located.module());
        assertTrue(located.failures().isEmpty());
        assertNotNull(located.className());
    }
}

package dev.tracer.coordination;

import static dev.tracer.coordination.Fixtures.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.surefire.api.testset.TestListResolver;
import org.junit.jupiter.api.Test;

/**
 * The {@code -Dtest} patterns {@link Selection} applies itself select exactly what Surefire's own
 * {@link TestListResolver} selects; the others it leaves to a run of their own.
 */
class SelectionMatchesLikeSurefireTest {
    private static final List<TestCase> TESTS = List.of(
            test("shop.CartTest", "total", TestState.PASSED, 10),
            test("shop.CartTest", "taxIncluded", TestState.PASSED, 20),
            test("shop.OrderTest", "ships", TestState.PASSED, 30),
            test("shop.cart.CartLineTest", "adds", TestState.PASSED, 40),
            test("shop.ExcludedTest", "never", TestState.PASSED, 50),
            test("billing.FooTest", "bills", TestState.PASSED, 60),
            test("billing.invoice.FooBarTest", "prints", TestState.PASSED, 70),
            test("CartTest", "inTheDefaultPackage", TestState.PASSED, 80));

    /** Patterns Selection applies itself: class names, class and method globs, {@code ?}, {@code .java}. */
    private static final List<String> APPLIED = List.of(
            "CartTest", "shop.CartTest", "CartTest#total", "CartTest#tax*", "*Test", "Cart*", "shop.*Test",
            "shop.cart.*Test", "*Test#*s", "Order?est", "OrderTest#ship?", "CartTest.java", "FooTest", "*Bar*",
            "shop.CartTest#*Included", "MissingTest", "CartTest#missing");

    @Test
    void selectsWhatSurefireSelectsForEveryPatternItApplies() {
        for (String pattern : APPLIED) {
            Selection selection = Selection.of(pattern);
            TestListResolver surefire = new TestListResolver(pattern);
            for (TestCase t : TESTS) {
                boolean bySurefire = surefire.shouldRun(TestListResolver.toClassFileName(t.className()), t.method());
                assertEquals(bySurefire, selection.matches(t),
                        "-Dtest=" + pattern + " on " + t.className() + "#" + t.method());
            }
        }
    }

    /**
     * Every pattern of the table either is declined (the request then runs on its own, and Surefire decides) or
     * selects, test by test, what Surefire's {@link TestListResolver} selects; never a third answer.
     */
    @Test
    void eitherDeclinesAPatternOrSelectsExactlyWhatSurefireSelects() {
        List<String> table = List.of("Foo", "FooTest", "FooTest#bills", "Foo#bar", "shop.*", "shop.cart.*",
                "billing.*", "pkg/**/*Test", "billing/**/*Test", "**/Foo*", "!Foo", "!FooTest", "Foo, Bar",
                "FooTest, CartTest", "CartTest#total+taxIncluded", "FooTest#bills+prints", "shop.cart.**",
                "shop/cart/*", "%regex[.*Cart.*]", "*Test#*s");
        for (String pattern : table) {
            Selection selection = Selection.of(pattern);
            TestListResolver surefire = new TestListResolver(pattern);
            if (!selection.patterns().stream().allMatch(Selection::applies)) {
                assertNull(selection.cut(Selection.ALL, TESTS), "-Dtest=" + pattern);
                continue;
            }
            for (TestCase t : TESTS) {
                boolean bySurefire = surefire.shouldRun(TestListResolver.toClassFileName(t.className()), t.method());
                assertEquals(bySurefire, selection.matches(t),
                        "-Dtest=" + pattern + " on " + t.className() + "#" + t.method());
            }
        }
    }

    @Test
    void declinesATrailingDotStarWhichSelectsNothingInSurefire() {
        for (String pattern : List.of("shop.*", "shop.cart.*")) {
            TestListResolver surefire = new TestListResolver(pattern);
            for (TestCase t : TESTS) {
                assertEquals(false, surefire.shouldRun(TestListResolver.toClassFileName(t.className()), t.method()),
                        "-Dtest=" + pattern + " on " + t.className());
                assertEquals(false, Selection.of(pattern).matches(t), "-Dtest=" + pattern + " on " + t.className());
            }
            assertNull(Selection.of(pattern).cut(Selection.ALL, TESTS), "-Dtest=" + pattern);
            assertNull(Selection.of(pattern).cut(Selection.of(pattern + ",CartTest"), TESTS), "-Dtest=" + pattern);
        }
    }

    @Test
    void theStarOfAClassPatternStaysInsideOnePackageAsInSurefire() {
        assertEquals(List.of("shop.CartTest#total", "shop.CartTest#taxIncluded", "shop.OrderTest#ships",
                "shop.ExcludedTest#never"), selected("shop.*Test"));
        assertEquals(List.of("shop.cart.CartLineTest#adds"), selected("shop.cart.*Test"));
    }

    @Test
    void leavesExclusionsPathsRegexAndJoinedMethodsToARunOfTheirOwn() {
        for (String pattern : List.of("!ExcludedTest", "*Test,!shop.ExcludedTest", "billing/**/Foo*",
                "**/FooBarTest", "%regex[.*Cart.*]", "CartTest#total+taxIncluded")) {
            assertNull(Selection.of(pattern).cut(Selection.ALL, TESTS), "-Dtest=" + pattern);
        }
        // Surefire does apply them, which is why Selection must not guess: a path glob crosses packages.
        TestListResolver paths = new TestListResolver("billing/**/Foo*");
        assertEquals(true, paths.shouldRun("billing/invoice/FooBarTest.class", "prints"));
        TestListResolver excluded = new TestListResolver("*Test,!shop.ExcludedTest");
        assertEquals(false, excluded.shouldRun("shop/ExcludedTest.class", "never"));
        assertEquals(true, excluded.shouldRun("shop/OrderTest.class", "ships"));
    }

    private static List<String> selected(String pattern) {
        List<String> names = new ArrayList<>();
        Selection selection = Selection.of(pattern);
        for (TestCase t : TESTS) {
            if (selection.matches(t)) {
                names.add(t.className() + "#" + t.method());
            }
        }
        return names;
    }
}

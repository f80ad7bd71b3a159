package dev.tracer.coordination;

import static dev.tracer.coordination.Fixtures.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static final TestCase CART_TOTAL = test("shop.CartTest", "total", TestState.PASSED, 10);
    private static final TestCase CART_TAX = test("shop.CartTest", "taxIncluded", TestState.FAILED, 20);
    private static final TestCase ORDER = test("shop.OrderTest", "ships", TestState.PASSED, 5);
    private static final TestCase NESTED = test("shop.BasketTest$Empty", "isEmpty", TestState.PASSED, 7);
    private static final List<TestCase> EVERYTHING = List.of(CART_TOTAL, CART_TAX, ORDER, NESTED);

    @Test
    void normalizesTheTestProperty() {
        assertEquals(Selection.of("OrderTest,CartTest"), Selection.of(" CartTest.java , OrderTest,CartTest,"));
        assertEquals(List.of("CartTest", "OrderTest"), Selection.of("OrderTest,CartTest").patterns());
        assertTrue(Selection.of(null).all());
        assertTrue(Selection.of("  ").all());
        assertEquals("CartTest,OrderTest", Selection.of("OrderTest,CartTest").toProperty());
        assertNull(Selection.ALL.toProperty());
    }

    @Test
    void theSameSelectionTakesTheWholeRun() {
        assertEquals(EVERYTHING, Selection.ALL.cut(Selection.ALL, EVERYTHING));
        Selection odd = Selection.of("!OrderTest,%regex[.*Cart.*]");
        assertEquals(EVERYTHING, odd.cut(Selection.of("%regex[.*Cart.*],!OrderTest"), EVERYTHING));
    }

    @Test
    void aRunOfEveryTestCoversExactClassNamesAndMethods() {
        assertEquals(List.of(CART_TOTAL, CART_TAX), Selection.of("CartTest").cut(Selection.ALL, EVERYTHING));
        assertEquals(List.of(CART_TOTAL, CART_TAX), Selection.of("shop.CartTest").cut(Selection.ALL, EVERYTHING));
        assertEquals(List.of(CART_TAX), Selection.of("CartTest#tax*").cut(Selection.ALL, EVERYTHING));
        assertEquals(List.of(CART_TOTAL, ORDER), Selection.of("CartTest#total,OrderTest").cut(Selection.ALL,
                EVERYTHING));
    }

    @Test
    void whenUnsureTheRequestRuns() {
        assertNull(Selection.ALL.cut(Selection.of("CartTest"), EVERYTHING), "one class does not cover all tests");
        assertNull(Selection.of("Cart*").cut(Selection.ALL, EVERYTHING),
                "a class pattern may select a class Surefire's includes left out");
        assertNull(Selection.of("MissingTest").cut(Selection.ALL, EVERYTHING), "not in the run: run it");
        assertNull(Selection.of("BasketTest").cut(Selection.ALL, EVERYTHING),
                "whether -Dtest=Outer runs Outer$Inner depends on the provider");
        assertNull(Selection.of("!OrderTest").cut(Selection.ALL, EVERYTHING), "exclusions only cover themselves");
        assertNull(Selection.of("CartTest#a+b").cut(Selection.ALL, EVERYTHING));
        assertNull(Selection.of("CartTest,OrderTest").cut(Selection.of("CartTest"), EVERYTHING));
    }

    @Test
    void aRunOfMorePatternsCoversEachOfThem() {
        Selection run = Selection.of("Cart*,OrderTest");
        assertEquals(List.of(CART_TOTAL, CART_TAX), Selection.of("Cart*").cut(run, EVERYTHING));
        assertEquals(List.of(ORDER), Selection.of("OrderTest").cut(run, EVERYTHING));
    }
}

package dev.tracer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tracer.events.AssertionMessages.Values;
import java.awt.Point;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/** Every message here comes from a real assertion of the library named by the test. */
class AssertionMessagesTest {

    private static Throwable thrown(Executable assertion) {
        return assertThrows(AssertionError.class, assertion);
    }

    private static Optional<Values> parsed(Throwable failure) {
        return AssertionMessages.parse(failure.getClass().getName(), failure.getMessage());
    }

    private static Optional<Values> parsed(Executable assertion) {
        return parsed(thrown(assertion));
    }

    private static Optional<Values> values(String expected, String actual) {
        return Optional.of(new Values(expected, actual));
    }

    /** The values opentest4j exposes, to hold the parsed ones against. */
    private static Optional<Values> exposed(Throwable failure) {
        AssertionFailedError e = assertInstanceOf(AssertionFailedError.class, failure);
        return values(e.getExpected().getStringRepresentation(), e.getActual().getStringRepresentation());
    }

    // ---------------------------------------------------------------- JUnit 4

    @Test
    void junit4AssertEqualsOnLongsWithAMessage() {
        Throwable failure = thrown(() -> org.junit.Assert.assertEquals("length of Ada", 6L, 5L));
        assertSame(AssertionError.class, failure.getClass(), "a plain AssertionError exposes no values");
        assertEquals(values("6", "5"), parsed(failure));
    }

    @Test
    void junit4AssertEqualsOnLongsWithoutAMessage() {
        assertEquals(values("6", "5"), parsed(() -> org.junit.Assert.assertEquals(6L, 5L)));
    }

    @Test
    void junit4AssertEqualsOnObjectsAndDoubles() {
        assertEquals(values("[1, 2]", "[1, 3]"), parsed(() -> org.junit.Assert.assertEquals(List.of(1, 2), List.of(1, 3))));
        assertEquals(values("1.0", "2.0"), parsed(() -> org.junit.Assert.assertEquals(1.0, 2.0, 0.01)));
    }

    @Test
    void junit4ArraysGiveTheFirstDifferingElements() {
        assertEquals(values("2", "3"),
                parsed(() -> org.junit.Assert.assertArrayEquals(new int[] {1, 2}, new int[] {1, 3})));
    }

    @Test
    void junit4AssertSame() {
        assertEquals(values("a", "b"), parsed(() -> org.junit.Assert.assertSame("same?", "a", new String("b"))));
    }

    @Test
    void junit4ComparisonFailureAbbreviatesItsMessageSoItIsNotRead() {
        Throwable failure = thrown(() -> org.junit.Assert.assertEquals("Hello, Ada!", "Hello, ada!"));
        assertEquals("expected:<Hello, [A]da!> but was:<Hello, [a]da!>", failure.getMessage());
        assertEquals(Optional.empty(), parsed(failure));
    }

    @Test
    void junit4ValuesThatDifferOnlyInTypeAreNotRead() {
        assertEquals(Optional.empty(), parsed(() -> org.junit.Assert.assertEquals((Object) 1, (Object) 1L)));
    }

    @Test
    void junit4AssertNotEqualsHasNoExpectedValue() {
        assertEquals(Optional.empty(), parsed(() -> org.junit.Assert.assertNotEquals(5, 5)));
    }

    @Test
    void aMessagePrefixThatRepeatsTheShapeMakesItAmbiguous() {
        assertEquals(Optional.empty(),
                parsed(() -> org.junit.Assert.assertEquals("was expected:<1> but was:<2>", 6L, 5L)));
        assertEquals(Optional.empty(),
                parsed(() -> org.junit.Assert.assertEquals("x > but was:<2", 6L, 5L)));
    }

    @Test
    void aMessageCutShortIsNotRead() {
        String message = thrown(() -> org.junit.Assert.assertEquals(6L, 5L)).getMessage();
        assertEquals(Optional.empty(),
                AssertionMessages.parse("java.lang.AssertionError", message.substring(0, message.length() - 1)));
    }

    @Test
    void noMessageGivesNothing() {
        assertEquals(Optional.empty(), parsed(() -> org.junit.Assert.fail()));
        assertEquals(Optional.empty(), AssertionMessages.parse("java.lang.AssertionError", ""));
    }

    // ---------------------------------------------------------------- JUnit Jupiter

    @Test
    void jupiterWithAPrefixMessage() {
        Throwable failure = thrown(() -> org.junit.jupiter.api.Assertions.assertEquals(6, 5, "count"));
        assertEquals("count ==> expected: <6> but was: <5>", failure.getMessage());
        assertEquals(values("6", "5"), parsed(failure));
        assertEquals(exposed(failure), parsed(failure));
    }

    @Test
    void jupiterArraysGiveTheFirstDifferingElements() {
        Throwable failure = thrown(() -> org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 2},
                new int[] {1, 3}));
        assertEquals(values("2", "3"), parsed(failure));
    }

    @Test
    void jupiterValuesThatDifferOnlyInTypeAndAssertNotEqualsAreNotRead() {
        assertEquals(Optional.empty(),
                parsed(() -> org.junit.jupiter.api.Assertions.assertEquals((Object) 1, (Object) 1L)));
        assertEquals(Optional.empty(), parsed(() -> org.junit.jupiter.api.Assertions.assertNotEquals(5, 5)));
    }

    // ---------------------------------------------------------------- Hamcrest

    @Test
    void hamcrestIs() {
        assertEquals(values("6", "5"),
                parsed(() -> org.hamcrest.MatcherAssert.assertThat(5, org.hamcrest.Matchers.is(6))));
    }

    @Test
    void hamcrestThroughJUnit4AssertThatWithAReason() {
        assertEquals(values("6", "5"),
                parsed(() -> org.junit.Assert.assertThat("count", 5, org.hamcrest.CoreMatchers.is(6))));
    }

    @Test
    void hamcrestKeepsItsQuotedStrings() {
        assertEquals(values("\"Ada\"", "\"ada\""),
                parsed(() -> org.hamcrest.MatcherAssert.assertThat("name", "ada", org.hamcrest.Matchers.equalTo("Ada"))));
        assertEquals(values("\"a\\nc\"", "\"a\\nb\""),
                parsed(() -> org.hamcrest.MatcherAssert.assertThat("a\nb", org.hamcrest.Matchers.equalTo("a\nc"))));
    }

    @Test
    void hamcrestExpectedIsTheMatcherDescription() {
        assertEquals(values("a string containing \"foo\"", "\"bar\""),
                parsed(() -> org.hamcrest.MatcherAssert.assertThat("bar", org.hamcrest.Matchers.containsString("foo"))));
    }

    @Test
    void hamcrestMismatchThatIsNoValueIsNotRead() {
        assertEquals(Optional.empty(), parsed(() -> org.hamcrest.MatcherAssert.assertThat(List.of(1, 2, 3),
                org.hamcrest.Matchers.hasSize(2))));
    }

    // ---------------------------------------------------------------- AssertJ

    @Test
    void assertjIsEqualTo() {
        Throwable failure = thrown(() -> org.assertj.core.api.Assertions.assertThat(5).isEqualTo(6));
        assertEquals(values("6", "5"), parsed(failure));
        assertEquals(exposed(failure), parsed(failure));
        assertEquals(values("[1, 3]", "[1, 2]"),
                parsed(() -> org.assertj.core.api.Assertions.assertThat(List.of(1, 2)).isEqualTo(List.of(1, 3))));
    }

    @Test
    void assertjWithADescription() {
        assertEquals(values("6", "5"), parsed(() -> org.assertj.core.api.Assertions.assertThat(5).as("age").isEqualTo(6)));
    }

    @Test
    void assertjKeepsItsQuotedStrings() {
        assertEquals(values("\"Ada\"", "\"ada\""),
                parsed(() -> org.assertj.core.api.Assertions.assertThat("ada").isEqualTo("Ada")));
    }

    @Test
    void assertjMultiLineValuesLoseTheirIndentation() {
        assertEquals(values("\"a\nc\"", "\"a\nb\""),
                parsed(() -> org.assertj.core.api.Assertions.assertThat("a\nb").isEqualTo("a\nc")));
    }

    @Test
    void assertjLinesAfterTheValuesAreNotPartOfThem() {
        assertEquals(values("\"Adb\"", "\"ada\""),
                parsed(() -> org.assertj.core.api.Assertions.assertThat("ada").isEqualToIgnoringCase("Adb")));
        assertEquals(values("\"Adb\"", "\"ada\""), parsed(() -> org.assertj.core.api.Assertions.assertThat("ada")
                .usingComparator(String.CASE_INSENSITIVE_ORDER).isEqualTo("Adb")));
    }

    @Test
    void assertjExpectingActualToBeEqualTo() {
        assertEquals(values("\"a c\"", "\"a b\""),
                parsed(() -> org.assertj.core.api.Assertions.assertThat("a b").isEqualToIgnoringWhitespace("a c")));
        assertEquals(values("java.awt.Point[x=1,y=3]", "java.awt.Point[x=1,y=2]"), parsed(() ->
                org.assertj.core.api.Assertions.assertThat(new Point(1, 2)).usingRecursiveComparison()
                        .isEqualTo(new Point(1, 3))));
    }

    @Test
    void assertjExpectingActualWithAMultiLineExpectedValueIsAmbiguous() {
        assertEquals(Optional.empty(),
                parsed(() -> org.assertj.core.api.Assertions.assertThat("a\nb").isEqualToIgnoringWhitespace("a\nc")));
    }

    @Test
    void assertjAssertionsOtherThanEqualityAreNotRead() {
        assertEquals(Optional.empty(), parsed(() -> org.assertj.core.api.Assertions.assertThat("abc").contains("x")));
        assertEquals(Optional.empty(), parsed(() -> org.assertj.core.api.Assertions.assertThat(5.0)
                .isCloseTo(6.0, org.assertj.core.api.Assertions.within(0.1))));
        assertEquals(Optional.empty(), parsed(() -> org.assertj.core.api.Assertions.assertThat(false).isTrue()));
    }

    // ---------------------------------------------------------------- TestNG

    @Test
    void testngTakesTheActualValueFirst() {
        Throwable failure = thrown(() -> org.testng.Assert.assertEquals(5, 6));
        assertSame(AssertionError.class, failure.getClass(), "a plain AssertionError exposes no values");
        assertEquals(values("6", "5"), parsed(failure));
    }

    @Test
    void testngWithAMessage() {
        assertEquals(values("6", "5"), parsed(() -> org.testng.Assert.assertEquals(5, 6, "count")));
        assertEquals(values("3", "2"), parsed(() -> org.testng.Assert.assertEquals(List.of(1, 2), List.of(1, 3))));
    }

    @Test
    void testngMultiLineValues() {
        assertEquals(values("a\nc", "a\nb"), parsed(() -> org.testng.Assert.assertEquals("a\nb", "a\nc")));
    }

    // ---------------------------------------------------------------- Google Truth

    @Test
    void truthIsEqualTo() {
        Throwable failure = thrown(() -> com.google.common.truth.Truth.assertThat(5).isEqualTo(6));
        assertEquals(values("6", "5"), parsed(failure));
        org.junit.ComparisonFailure comparison = assertInstanceOf(org.junit.ComparisonFailure.class, failure);
        assertEquals(values(comparison.getExpected(), comparison.getActual()), parsed(failure));
    }

    @Test
    void truthWithAMessage() {
        assertEquals(values("6", "5"),
                parsed(() -> com.google.common.truth.Truth.assertWithMessage("count").that(5).isEqualTo(6)));
    }

    @Test
    void truthAmongOtherFacts() {
        Throwable failure = thrown(() -> com.google.common.truth.Truth.assertThat(List.of(1, 2)).isEqualTo(List.of(1, 3)));
        assertEquals("com.google.common.truth.AssertionErrorWithFacts", failure.getClass().getName());
        assertEquals(values("[1, 3]", "[1, 2]"), parsed(failure));
    }

    @Test
    void truthMultiLineValuesLoseTheirIndentation() {
        assertEquals(values("a\nc", "a\nb"), parsed(() ->
                com.google.common.truth.Truth.assertThat(List.of("a\nb")).isEqualTo(List.of("a\nc"))));
    }

    @Test
    void truthFactsOtherThanExpectedAreNotRead() {
        assertEquals(Optional.empty(), parsed(() -> com.google.common.truth.Truth.assertThat(List.of(1, 2)).contains(3)));
    }
}

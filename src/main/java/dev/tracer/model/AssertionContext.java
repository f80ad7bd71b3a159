package dev.tracer.model;

/**
 * What an assertion step checks, as written in the test.
 *
 * @param assertion the assertion as called: {@code assertEquals}, {@code assertThat.isEqualTo} (an AssertJ chain's
 *                  entry and last check), {@code assertThat} (Hamcrest), {@code andExpect} (MockMvc)
 * @param actual    the asserted expression ({@code cart.total()})
 * @param expected  the expected value or matcher ({@code 9000}, {@code is(3)}, {@code status().isOk()}); null when
 *                  the assertion names none ({@code assertNotNull})
 */
public record AssertionContext(String assertion, String actual, String expected) {
}

package dev.tracer.config;

/**
 * What the user asked of {@code tracer:test-json}, validated.
 *
 * @param all    list every test, not only failed and invalid ones ({@code tracer.all})
 * @param output where to write the document; null for the default location ({@code tracer.output})
 */
public record Options(boolean all, String output) {
}

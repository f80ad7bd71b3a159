/**
 * The HTML report ({@code target/tracer/report.html}): one self-contained page built from the JSON document alone,
 * so every goal that writes a document can write the page beside it. Plain Java; nothing from Maven.
 *
 * <p>The summary, the failures, flaky and skipped tests, coverage and the slowest tests are rendered here, as plain
 * HTML that reads without JavaScript; the list of every test is embedded as compact JSON and rendered by the page's
 * script, a page of rows at a time, so a document of 85,000 tests stays small and opens quickly.
 */
package dev.tracer.html;

package dev.tracer.html;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the page shows of one failed, invalid or flaky test: each failure (message, expected/actual diff, the failing
 * line in its context, the trimmed stack), the output, the scenario's steps with the failing one marked, the flight
 * recorder's trace, and for a rerun test what the rerun did.
 */
final class TestDetail {
    static final int MAX_TRACE_EVENTS = 200;

    private final SourceContext sources;

    TestDetail(SourceContext sources) {
        this.sources = sources;
    }

    /** The body of a test's {@code <details>}: everything after its summary line. */
    void body(Html h, JsonNode test, boolean flaky) {
        if (flaky) {
            h.raw("<h4>First run: failed</h4>");
        }
        failures(h, test.path("failures"));
        output(h, test.path("output").asText(null));
        JsonNode rerun = test.path("rerun");
        if (rerun.isObject()) {
            String state = rerun.path("state").asText();
            h.raw("<h4>").text(flaky ? "Rerun: " + state : "Rerun: " + state + " again").raw(" <small>(")
                    .text(rerun.path("duration_ms").asLong()).raw(" ms)</small></h4>");
            if (!flaky && rerun.path("failures").equals(test.path("failures"))) {
                h.raw("<p>The same failure.</p>");
            } else if (!flaky) {
                failures(h, rerun.path("failures"));
            }
            if (!rerun.path("output").equals(test.path("output"))) {
                output(h, rerun.path("output").asText(null));
            }
        }
        steps(h, test.path("steps"));
        trace(h, test.path("trace"));
    }

    void failures(Html h, JsonNode failures) {
        for (JsonNode f : failures) {
            h.raw("<section class=\"failure\">");
            h.raw("<p class=\"message\"><span class=\"type\">").text(f.path("type").asText()).raw("</span> ");
            h.element("span", "kind", f.path("kind").asText()).raw("</p>");
            String message = f.path("message").asText(null);
            if (message != null) {
                h.raw("<pre class=\"message-text\">").text(message).raw("</pre>");
            }
            if (f.has("expected") || f.has("actual")) {
                diff(h, f.path("expected").asText(""), f.path("actual").asText(""));
            }
            source(h, f);
            stack(h, f.path("stacktrace"));
            h.raw("</section>");
        }
    }

    private static void diff(Html h, String expected, String actual) {
        h.raw("<figure class=\"diff\"><figcaption>Expected <del>−</del> / actual <ins>+</ins></figcaption>");
        h.raw("<pre>");
        for (TextDiff.Line line : TextDiff.of(expected, actual)) {
            String text = line.text();
            switch (line.kind()) {
                case SAME -> h.raw("<span class=\"same\">  ").text(text).raw("</span>\n");
                case EXPECTED -> changed(h, "<del>", "</del>", "− ", line);
                case ACTUAL -> changed(h, "<ins>", "</ins>", "+ ", line);
            }
        }
        h.raw("</pre></figure>");
    }

    /** A changed line: whole in del/ins, the part that differs marked inside it. */
    private static void changed(Html h, String open, String close, String sign, TextDiff.Line line) {
        String text = line.text();
        h.raw(open).text(sign).text(text.substring(0, line.from())).raw("<mark>")
                .text(text.substring(line.from(), line.to())).raw("</mark>").text(text.substring(line.to()))
                .raw(close).raw("\n");
    }

    private void source(Html h, JsonNode f) {
        String file = f.path("file").asText(null);
        Integer line = f.path("line").isInt() ? f.path("line").asInt() : null;
        String source = f.path("source").asText(null);
        if (file == null && source == null) {
            return;
        }
        h.raw("<figure class=\"source\"><figcaption>").text(file == null ? "" : file)
                .text(line == null ? "" : ":" + line).raw("</figcaption><pre>");
        SourceContext.Excerpt excerpt = sources.around(file, line, source);
        if (excerpt != null) {
            int width = String.valueOf(excerpt.first() + excerpt.lines().size()).length();
            for (int i = 0; i < excerpt.lines().size(); i++) {
                int number = excerpt.first() + i;
                boolean failing = line != null && number == line;
                h.raw(failing ? "<span class=\"line failing\">" : "<span class=\"line\">")
                        .text(pad(number, width)).raw(failing ? " ▶ " : "   ").text(excerpt.lines().get(i))
                        .raw("</span>\n");
            }
        } else if (source != null) {
            h.raw("<span class=\"line failing\">").text(line == null ? "" : line + " ▶ ").text(source)
                    .raw("</span>\n");
        }
        h.raw("</pre></figure>");
    }

    private static String pad(int number, int width) {
        String s = String.valueOf(number);
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static void stack(Html h, JsonNode frames) {
        if (frames.isEmpty()) {
            return;
        }
        h.raw("<details class=\"stack\"><summary>Stack (").text(frames.size()).raw(" frames)</summary><pre>");
        for (JsonNode frame : frames) {
            h.text("at ").text(frame(frame)).raw("\n");
        }
        h.raw("</pre></details>");
    }

    private static String frame(JsonNode frame) {
        String file = frame.path("file").asText(null);
        return frame.path("class").asText() + "." + frame.path("method").asText() + "("
                + (file == null ? "Unknown Source" : file + (frame.has("line") ? ":" + frame.path("line").asInt() : ""))
                + ")";
    }

    private static void output(Html h, String output) {
        if (output == null || output.isEmpty()) {
            return;
        }
        h.raw("<details class=\"output\"><summary>Output</summary><pre>").text(output).raw("</pre></details>");
    }

    private static void steps(Html h, JsonNode steps) {
        if (steps.isEmpty()) {
            return;
        }
        h.raw("<details class=\"steps\" open><summary>Scenario steps</summary><ol>");
        for (JsonNode step : steps) {
            String status = step.path("status").asText("unknown");
            h.raw("<li class=\"step ").text(status).raw("\"");
            if ("failed".equals(status)) {
                h.raw(" aria-current=\"step\"");
            }
            h.raw("><span class=\"status\">").text(statusLabel(status)).raw("</span> ");
            h.element("span", "step-kind", step.path("kind").asText()).raw(" ");
            h.element("code", null, step.path("source_snippet").asText(step.path("label").asText()));
            if (step.has("line")) {
                h.raw(" <small>line ").text(step.path("line").asInt()).raw("</small>");
            }
            h.raw("</li>");
        }
        h.raw("</ol></details>");
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "passed" -> "✓ passed";
            case "failed" -> "✗ failed here";
            case "not_executed" -> "– not executed";
            default -> "? " + status;
        };
    }

    private static void trace(Html h, JsonNode trace) {
        if (!trace.isObject()) {
            return;
        }
        JsonNode events = trace.path("events");
        h.raw("<details class=\"trace\" open><summary>Flight recorder (").text(events.size()).raw(" events");
        if (trace.path("overflow").asBoolean()) {
            h.raw(", budget reached");
        }
        if (trace.path("dropped").asLong() > 0) {
            h.raw(", ").text(trace.path("dropped").asLong()).raw(" dropped");
        }
        if (trace.path("partial").asBoolean()) {
            h.raw(", partial: the test never finished");
        }
        h.raw(")</summary>");
        if (!events.isEmpty()) {
            int from = Math.max(0, events.size() - MAX_TRACE_EVENTS);
            h.raw("<table class=\"events\"><thead><tr><th scope=\"col\">µs</th><th scope=\"col\">Thread</th>"
                    + "<th scope=\"col\">Event</th><th scope=\"col\">Detail</th></tr></thead><tbody>");
            for (int i = from; i < events.size(); i++) {
                JsonNode e = events.get(i);
                h.raw("<tr class=\"").text(e.path("kind").asText()).raw("\"><td>").text(e.path("t_us").asLong())
                        .raw("</td><td>").text(e.path("thread").asText()).raw("</td><td>")
                        .text(e.path("kind").asText()).raw("</td><td><code>").text(e.path("detail").asText())
                        .raw("</code></td></tr>");
            }
            h.raw("</tbody></table>");
        }
        threads(h, "Deadlocked threads", trace.path("deadlocks"));
        threads(h, "Threads when it failed", trace.path("threads"));
        h.raw("</details>");
    }

    private static void threads(Html h, String title, JsonNode threads) {
        if (threads.isEmpty()) {
            return;
        }
        h.raw("<h5>").text(title).raw("</h5><ul class=\"threads\">");
        for (JsonNode t : threads) {
            h.raw("<li><strong>").text(t.path("name").asText()).raw("</strong> ").text(t.path("state").asText());
            if (t.has("waiting_on")) {
                h.raw(", waiting on ").text(t.path("waiting_on").asText());
            }
            if (t.has("lock_owner")) {
                h.raw(" held by ").text(t.path("lock_owner").asText());
            }
            if (!t.path("frames").isEmpty()) {
                h.raw("<pre>");
                for (JsonNode frame : t.path("frames")) {
                    h.text("at ").text(frame(frame)).raw("\n");
                }
                h.raw("</pre>");
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
}

package dev.tracer.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The page's parts that read without JavaScript: summary, failures, flaky, skipped, coverage, slowest. */
final class Sections {
    static final int SLOWEST = 20;
    static final int MAX_SKIPPED = 200;

    private Sections() {
    }

    static void summary(Html h, JsonNode document, int listed) {
        JsonNode s = document.path("summary");
        boolean passed = "passed".equals(s.path("result").asText());
        h.raw("<p class=\"verdict ").raw(passed ? "passed" : "failed").raw("\" role=\"status\"><strong>")
                .raw(passed ? "✓ Passed" : "✗ Failed").raw("</strong> ");
        int problems = s.path("failed").asInt() + s.path("invalid").asInt();
        h.text(problems > 0 ? problems + " of " + s.path("total").asInt() + " tests failed"
                : s.path("total").asInt() + " tests");
        h.raw("</p><dl class=\"counts\">");
        count(h, "Total", s.path("total"), "total");
        count(h, "Passed", s.path("passed"), "passed");
        count(h, "Failed", s.path("failed"), "failed");
        count(h, "Invalid", s.path("invalid"), "invalid");
        count(h, "Skipped", s.path("skipped"), "skipped");
        if (s.has("flaky")) {
            count(h, "Flaky", s.path("flaky"), "flaky");
        }
        if (s.has("filtered")) {
            count(h, "Filtered", s.path("filtered"), "filtered");
        }
        h.raw("<div><dt>Duration</dt><dd>").text(seconds(s.path("duration_ms").asLong())).raw("</dd></div>");
        JsonNode coverage = document.path("coverage");
        if (coverage.isObject()) {
            h.raw("<div class=\"").raw(Boolean.FALSE.equals(thresholdMet(coverage)) ? "failed" : "coverage")
                    .raw("\"><dt>Coverage (").text(coverage.path("counter").asText()).raw(")</dt><dd>")
                    .text(percent(coverage.path("total_percentage").asDouble()));
            if (coverage.has("threshold")) {
                h.raw(" <small>threshold ").text(percent(coverage.path("threshold").asDouble())).raw("</small>");
            }
            h.raw("</dd></div>");
        }
        h.raw("</dl>");
        list(h, "errors", "Errors", document.path("errors"));
        list(h, "warnings", "Warnings", document.path("warnings"));
        if (document.has("hint")) {
            h.raw("<p class=\"hint\">").text(document.path("hint").asText()).raw("</p>");
        }
        int total = s.path("total").asInt();
        if (!document.has("tests")) {
            h.raw("<p class=\"note\">This document is a summary only (<code>-Dtracer.summaryOnly</code>): "
                    + "it lists no test.</p>");
        } else if (listed < total) {
            h.raw("<p class=\"note\">The document lists ").text(listed).raw(" of ").text(total)
                    .raw(" tests (failures only, the default view); run with <code>-Dtracer.all</code> to list "
                            + "every test here and in <code>report.json</code>.</p>");
        }
    }

    private static Boolean thresholdMet(JsonNode coverage) {
        return coverage.has("threshold_met") ? coverage.path("threshold_met").asBoolean() : null;
    }

    private static void count(Html h, String label, JsonNode value, String cls) {
        h.raw("<div class=\"").raw(cls).raw("\"><dt>").text(label).raw("</dt><dd>").text(value.asLong())
                .raw("</dd></div>");
    }

    private static void list(Html h, String cls, String title, JsonNode items) {
        if (items.isEmpty()) {
            return;
        }
        h.raw("<section class=\"").raw(cls).raw("\"><h2>").text(title).raw("</h2><ul>");
        items.forEach(i -> h.raw("<li>").text(i.asText()).raw("</li>"));
        h.raw("</ul></section>");
    }

    static void nav(Html h, JsonNode document, int listed) {
        h.raw("<nav aria-label=\"Sections\"><ul>");
        h.raw("<li><a href=\"#failures\">Failures</a></li>");
        if (document.has("flaky")) {
            h.raw("<li><a href=\"#flaky\">Flaky</a></li>");
        }
        h.raw("<li><a href=\"#skipped\">Skipped</a></li>");
        if (document.path("coverage").isObject()) {
            h.raw("<li><a href=\"#coverage\">Coverage</a></li>");
        }
        h.raw("<li><a href=\"#slowest\">Slowest</a></li>");
        h.raw("<li><a href=\"#tests\">All tests (").text(listed).raw(")</a></li></ul></nav>");
    }

    /** One test's {@code <details id="d-N">}: the page's list expands a row into a copy of it. */
    static void detailElement(Html h, TestDetail detail, JsonNode test, int id, boolean flaky, boolean open) {
        String state = flaky ? "flaky" : test.path("state").asText();
        h.raw("<details class=\"test ").raw(state).raw("\" id=\"d-").text(id).raw("\"").raw(open ? " open" : "")
                .raw("><summary><span class=\"badge ").raw(state).raw("\">").text(state).raw("</span> ");
        h.element("span", "name", test.path("name").asText()).raw(" ");
        h.element("span", "class", test.path("class").asText());
        String first = firstLine(test);
        if (first != null) {
            h.raw("<span class=\"first\">").text(first).raw("</span>");
        }
        h.raw("</summary><div class=\"body\">");
        h.raw("<p class=\"where\">").text(location(test)).raw(" · ").text(test.path("duration_ms").asLong())
                .raw(" ms");
        if (!test.path("tags").isEmpty()) {
            h.raw(" · tags: ");
            test.path("tags").forEach(t -> h.element("span", "tag", t.asText()).raw(" "));
        }
        if (test.path("filtered").asBoolean()) {
            h.raw(" · filtered (<code>-Dtracer.filterOut</code>)");
        }
        h.raw("</p>");
        detail.body(h, test, flaky);
        h.raw("</div></details>");
    }

    private static String firstLine(JsonNode test) {
        JsonNode f = test.path("failures").path(0);
        String message = f.path("message").asText(null);
        if (message == null) {
            return f.isMissingNode() ? null : f.path("type").asText();
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl) + " …";
    }

    static String location(JsonNode test) {
        String file = test.path("file").asText(null);
        String module = test.path("module").asText("");
        String where = file == null ? test.path("class").asText() : file
                + (test.has("line") ? ":" + test.path("line").asInt() : "");
        return module.isEmpty() ? where : module + " · " + where;
    }

    static void failures(Html h, JsonNode document, TestDetail detail, Html details, int rendered) {
        JsonNode s = document.path("summary");
        int problems = s.path("failed").asInt() + s.path("invalid").asInt();
        h.raw("<section id=\"failures\" aria-labelledby=\"failures-h\"><h2 id=\"failures-h\">Failures <small>(")
                .text(problems).raw(")</small></h2>");
        JsonNode classFailures = document.path("class_failures");
        for (JsonNode c : classFailures) {
            h.raw("<article class=\"class-failure\"><h3>Class setup failed: ").text(c.path("class").asText())
                    .raw("</h3><p class=\"where\">").text(c.path("file").asText("")).raw("</p>");
            detail.failures(h, c.path("failures"));
            h.raw("</article>");
        }
        if (problems == 0 && classFailures.isEmpty()) {
            h.raw("<p>No test failed.</p>");
        }
        h.raw(details.toString());
        if (problems > rendered && document.has("tests")) {
            h.raw("<p class=\"note\">").text(problems - Math.min(problems, rendered))
                    .raw(" more failures are in <code>report.json</code>.</p>");
        }
        h.raw("</section>");
    }

    static void flaky(Html h, JsonNode document, Html rendered) {
        if (!document.has("flaky")) {
            return;
        }
        h.raw("<section id=\"flaky\" aria-labelledby=\"flaky-h\"><h2 id=\"flaky-h\">Flaky <small>(")
                .text(document.path("flaky").size())
                .raw(")</small></h2><p>Failed, then passed when rerun: the first failure and the passing rerun.</p>")
                .raw(rendered.toString()).raw("</section>");
    }

    static void skipped(Html h, JsonNode document) {
        List<JsonNode> skipped = new ArrayList<>();
        document.path("tests").forEach(t -> {
            if ("skipped".equals(t.path("state").asText())) {
                skipped.add(t);
            }
        });
        JsonNode classes = document.path("skipped_classes");
        h.raw("<section id=\"skipped\" aria-labelledby=\"skipped-h\"><h2 id=\"skipped-h\">Skipped <small>(")
                .text(document.path("summary").path("skipped").asInt()).raw(")</small></h2>");
        if (skipped.isEmpty() && classes.isEmpty()) {
            h.raw(document.path("summary").path("skipped").asInt() > 0
                    ? "<p>The document does not list skipped tests (<code>-Dtracer.all</code> does).</p>"
                    : "<p>No test was skipped.</p>");
        } else {
            h.raw("<table><thead><tr><th scope=\"col\">Test</th><th scope=\"col\">Where</th>"
                    + "<th scope=\"col\">Reason</th></tr></thead><tbody>");
            for (JsonNode c : classes) {
                h.raw("<tr><td>").text(c.path("class").asText()).raw(" <small>(whole class, ")
                        .text(c.path("tests").asInt()).raw(" tests)</small></td><td>").text(c.path("file").asText(""))
                        .raw("</td><td>").text(c.path("reason").asText("")).raw("</td></tr>");
            }
            for (JsonNode t : skipped.subList(0, Math.min(MAX_SKIPPED, skipped.size()))) {
                h.raw("<tr><td>").text(t.path("name").asText()).raw(" <small>").text(t.path("class").asText())
                        .raw("</small></td><td>").text(location(t)).raw("</td><td>")
                        .text(t.path("skip_reason").asText("")).raw("</td></tr>");
            }
            h.raw("</tbody></table>");
            if (skipped.size() > MAX_SKIPPED) {
                h.raw("<p class=\"note\">").text(skipped.size() - MAX_SKIPPED)
                        .raw(" more: filter the list below by <em>skipped</em>.</p>");
            }
        }
        h.raw("</section>");
    }

    static void coverage(Html h, JsonNode coverage) {
        if (!coverage.isObject()) {
            return;
        }
        double threshold = coverage.path("threshold").asDouble(-1);
        h.raw("<section id=\"coverage\" aria-labelledby=\"coverage-h\"><h2 id=\"coverage-h\">Coverage <small>(")
                .text(coverage.path("counter").asText()).raw(")</small></h2><p><strong>")
                .text(percent(coverage.path("total_percentage").asDouble())).raw("</strong> (")
                .text(coverage.path("counter").asText()).raw("): ")
                .text(coverage.path("covered_lines").asInt()).raw(" of ").text(coverage.path("total_lines").asInt())
                .raw(" lines covered");
        if (threshold >= 0) {
            h.raw(", threshold ").text(percent(threshold)).raw(coverage.path("threshold_met").asBoolean()
                    ? " <strong class=\"ok\">met</strong>" : " <strong class=\"bad\">not met</strong>");
        }
        h.raw("</p>");
        JsonNode classes = coverage.path("classes");
        if (!classes.isEmpty()) {
            h.raw("<table class=\"coverage\"><thead><tr><th scope=\"col\">Class</th><th scope=\"col\">Covered</th>"
                    + "<th scope=\"col\">Lines</th><th scope=\"col\">Uncovered lines</th></tr></thead><tbody>");
            for (JsonNode c : classes) {
                double pct = c.path("percentage").asDouble();
                boolean below = threshold >= 0 && pct < threshold;
                h.raw("<tr").raw(below ? " class=\"below\"" : "").raw("><th scope=\"row\">")
                        .text(c.path("class").asText()).raw("<br><small>").text(c.path("file").asText(""))
                        .raw("</small></th><td><span class=\"bar\" role=\"img\" aria-label=\"")
                        .text(percent(pct)).raw(" covered\"><span style=\"width:").text(String.format(Locale.ROOT,
                                "%.2f", Math.max(0, Math.min(100, pct)))).raw("%\"></span>");
                if (threshold >= 0) {
                    h.raw("<span class=\"threshold\" style=\"left:").text(String.format(Locale.ROOT, "%.2f",
                            Math.min(100, threshold))).raw("%\"></span>");
                }
                h.raw("</span> ").text(percent(pct)).raw("</td><td>").text(c.path("covered_lines").asInt())
                        .raw(" / ").text(c.path("total_lines").asInt()).raw("</td><td>")
                        .text(ranges(c.path("uncovered_lines"))).raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        h.raw("</section>");
    }

    /** 3, 4, 5, 9 → "3–5, 9". */
    static String ranges(JsonNode lines) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            int start = lines.get(i).asInt();
            int end = start;
            while (i + 1 < lines.size() && lines.get(i + 1).asInt() == end + 1) {
                end = lines.get(++i).asInt();
            }
            b.append(b.length() == 0 ? "" : ", ").append(start).append(end > start ? "–" + end : "");
            i++;
        }
        return b.toString();
    }

    static void slowest(Html h, List<TestIndex.Entry> entries) {
        List<TestIndex.Entry> slow = new ArrayList<>(entries);
        slow.sort(Comparator.comparingLong((TestIndex.Entry e) -> -e.test().path("duration_ms").asLong()));
        slow = slow.subList(0, Math.min(SLOWEST, slow.size()));
        h.raw("<section id=\"slowest\" aria-labelledby=\"slowest-h\"><h2 id=\"slowest-h\">Slowest tests</h2>");
        if (slow.isEmpty()) {
            h.raw("<p>The document lists no test.</p></section>");
            return;
        }
        h.raw("<table><thead><tr><th scope=\"col\">Duration</th><th scope=\"col\">Test</th>"
                + "<th scope=\"col\">State</th><th scope=\"col\">Where</th></tr></thead><tbody>");
        for (TestIndex.Entry e : slow) {
            JsonNode t = e.test();
            h.raw("<tr><td class=\"num\">").text(t.path("duration_ms").asLong()).raw(" ms</td><td>")
                    .text(t.path("name").asText()).raw(" <small>").text(t.path("class").asText())
                    .raw("</small></td><td><span class=\"badge ").raw(e.state()).raw("\">").text(e.state())
                    .raw("</span></td><td>").text(location(t)).raw("</td></tr>");
        }
        h.raw("</tbody></table></section>");
    }

    static void testList(Html h, List<TestIndex.Entry> entries) {
        h.raw("<section id=\"tests\" aria-labelledby=\"tests-h\"><h2 id=\"tests-h\">All tests <small>(")
                .text(entries.size()).raw(")</small></h2>");
        h.raw("<noscript><p>The searchable list of every test needs JavaScript; the sections above do not.</p>"
                + "</noscript>");
        h.raw("<form id=\"filters\" role=\"search\" hidden><label>Search <input type=\"search\" id=\"f-text\" "
                + "placeholder=\"name, class or method  ( / )\" autocomplete=\"off\"></label>"
                + "<label>State <select id=\"f-state\"><option value=\"\">any</option></select></label>"
                + "<label>Class <input type=\"text\" id=\"f-class\" list=\"f-classes\" autocomplete=\"off\">"
                + "<datalist id=\"f-classes\"></datalist></label>"
                + "<label>Tag <select id=\"f-tag\"><option value=\"\">any</option></select></label>"
                + "<label>Module <select id=\"f-module\"><option value=\"\">any</option></select></label>"
                + "<output id=\"f-count\" aria-live=\"polite\"></output></form>");
        h.raw("<table id=\"list\" hidden><thead><tr><th scope=\"col\">State</th><th scope=\"col\">Test</th>"
                + "<th scope=\"col\">Module</th><th scope=\"col\">Tags</th><th scope=\"col\" class=\"num\">ms</th>"
                + "<th scope=\"col\">Where</th></tr></thead><tbody id=\"rows\"></tbody></table>");
        h.raw("<nav id=\"pager\" aria-label=\"Pages of the list\" hidden><button type=\"button\" id=\"p-prev\">"
                + "← Previous</button> <span id=\"p-info\"></span> <button type=\"button\" id=\"p-next\">Next →"
                + "</button></nav></section>");
    }

    static String percent(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.replaceAll("\\.?0+$", "");
        return s + "%";
    }

    static String seconds(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}

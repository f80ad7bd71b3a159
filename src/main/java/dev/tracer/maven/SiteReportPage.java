package dev.tracer.maven;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;

/** The {@code tracer:report} page, through the site's Doxia sink so that it takes the site's style. */
final class SiteReportPage {
    static final int SLOWEST = 20;

    private final Sink sink;
    private final String projectName;

    SiteReportPage(Sink sink, String projectName) {
        this.sink = sink;
        this.projectName = projectName;
    }

    void render(JsonNode document, String htmlPage, String documentName) {
        sink.head();
        sink.title();
        sink.text("Tracer: " + projectName);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("Tracer");
        sink.sectionTitle1_();
        if (document == null) {
            paragraph("No Tracer document: run mvn tracer:test-json before mvn site.");
        } else {
            summary(document, htmlPage, documentName);
        }
        if (document != null) {
            failures(document);
            flaky(document);
            coverage(document.path("coverage"));
            slowest(document);
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void summary(JsonNode document, String htmlPage, String documentName) {
        JsonNode s = document.path("summary");
        sink.paragraph();
        sink.bold();
        sink.text("passed".equals(s.path("result").asText()) ? "Passed" : "Failed");
        sink.bold_();
        sink.text(": " + s.path("total").asInt() + " tests, " + s.path("passed").asInt() + " passed, "
                + s.path("failed").asInt() + " failed, " + s.path("invalid").asInt() + " invalid, "
                + s.path("skipped").asInt() + " skipped" + (s.has("flaky") ? ", " + s.path("flaky").asInt()
                        + " flaky" : "") + "; " + s.path("duration_ms").asLong() + " ms.");
        sink.paragraph_();
        if (htmlPage != null) {
            sink.paragraph();
            sink.text("Every detail (diffs, source lines, steps, traces, the list of every test): ");
            sink.link(htmlPage);
            sink.text("the Tracer report");
            sink.link_();
            sink.text(".");
            sink.paragraph_();
        }
        int listed = document.path("tests").size() + document.path("flaky").size();
        if (document.has("tests") && listed < s.path("total").asInt()) {
            paragraph("The document (" + documentName + ") lists failures only; tracer:test-json -Dtracer.all "
                    + "lists every test.");
        }
    }

    private void failures(JsonNode document) {
        List<JsonNode> failed = new ArrayList<>();
        document.path("tests").forEach(t -> {
            if (t.path("state").asText().equals("failed") || t.path("state").asText().equals("invalid")) {
                failed.add(t);
            }
        });
        section("Failures");
        if (failed.isEmpty()) {
            paragraph("No test failed.");
        } else {
            table(new String[] {"Test", "State", "Message", "Where"}, failed, t -> new String[] {
                    t.path("name").asText() + " (" + t.path("class").asText() + ")", t.path("state").asText(),
                    firstLine(t.path("failures").path(0).path("message").asText("")), where(t)});
        }
        sink.section2_();
    }

    private void flaky(JsonNode document) {
        if (!document.has("flaky")) {
            return;
        }
        List<JsonNode> flaky = new ArrayList<>();
        document.path("flaky").forEach(flaky::add);
        section("Flaky");
        table(new String[] {"Test", "First run", "Rerun", "Where"}, flaky, t -> new String[] {
                t.path("name").asText() + " (" + t.path("class").asText() + ")",
                firstLine(t.path("failures").path(0).path("message").asText("failed")),
                t.path("rerun").path("state").asText("passed"), where(t)});
        sink.section2_();
    }

    private void coverage(JsonNode coverage) {
        if (!coverage.isObject()) {
            return;
        }
        section("Coverage");
        paragraph(String.format(Locale.ROOT, "%s%% (%s), %d of %d lines covered%s.",
                coverage.path("total_percentage").asText(), coverage.path("counter").asText(),
                coverage.path("covered_lines").asInt(), coverage.path("total_lines").asInt(),
                coverage.has("threshold") ? ", threshold " + coverage.path("threshold").asText() + "% "
                        + (coverage.path("threshold_met").asBoolean() ? "met" : "not met") : ""));
        List<JsonNode> classes = new ArrayList<>();
        coverage.path("classes").forEach(classes::add);
        if (!classes.isEmpty()) {
            table(new String[] {"Class", "Covered", "Lines", "Uncovered lines"}, classes, c -> new String[] {
                    c.path("class").asText(), c.path("percentage").asText() + "%",
                    c.path("covered_lines").asInt() + " / " + c.path("total_lines").asInt(),
                    c.path("uncovered_lines").toString().replaceAll("[\\[\\]]", "").replace(",", ", ")});
        }
        sink.section2_();
    }

    private void slowest(JsonNode document) {
        List<JsonNode> all = new ArrayList<>();
        document.path("tests").forEach(all::add);
        document.path("flaky").forEach(all::add);
        if (all.isEmpty()) {
            return;
        }
        all.sort(Comparator.comparingLong((JsonNode t) -> -t.path("duration_ms").asLong()));
        section("Slowest tests");
        table(new String[] {"ms", "Test", "State", "Where"}, all.subList(0, Math.min(SLOWEST, all.size())),
                t -> new String[] {String.valueOf(t.path("duration_ms").asLong()),
                        t.path("name").asText() + " (" + t.path("class").asText() + ")", t.path("state").asText(),
                        where(t)});
        sink.section2_();
    }

    private void section(String title) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(title);
        sink.sectionTitle2_();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private void table(String[] headers, List<JsonNode> rows, java.util.function.Function<JsonNode, String[]> cells) {
        sink.table();
        sink.tableRows();
        sink.tableRow();
        for (String h : headers) {
            sink.tableHeaderCell();
            sink.text(h);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (JsonNode row : rows) {
            sink.tableRow();
            for (String cell : cells.apply(row)) {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private static String where(JsonNode t) {
        String file = t.path("file").asText(null);
        String at = file == null ? t.path("class").asText() : file + (t.has("line") ? ":" + t.path("line").asInt() : "");
        return t.path("module").asText("").isEmpty() ? at : t.path("module").asText() + ": " + at;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl) + " …";
    }
}

package dev.tracer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.io.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Cuts a printed document until it fits a number of bytes, in this order (each step only when the one before did not
 * suffice), and says so in {@code truncated}:
 *
 * <ol>
 *   <li>{@code full_detail}: a verbose document becomes the lean one;</li>
 *   <li>{@code output}: what tests printed;</li>
 *   <li>{@code deeper_frames}: frames below the top one;</li>
 *   <li>{@code steps}: steps before the failing one;</li>
 *   <li>{@code detail}: every test but the first failure and the first of each cause keeps only who it is, its failing
 *       line and the first line of why;</li>
 *   <li>{@code tests}: whole entries, last first: passed and skipped tests ({@code tracer.all}), then flaky ones, then
 *       the grouped tests after the first of their cause, then the other failed ones; {@code tests_omitted} and
 *       {@code flaky_omitted} count exactly what is left out;</li>
 *   <li>{@code coverage_classes}, {@code warnings}: the per-class coverage list and the warnings.</li>
 * </ol>
 * The summary and {@code truncated} always stay, so a budget below their size still prints them.
 */
final class Budget {
    static final String SHOW = "mvn tracer:test-json -Dtracer.failed -Dtracer.firstFailure";

    private Budget() {
    }

    /**
     * @param full       the document as it would print without a budget (lean or verbose)
     * @param lean       makes the lean form, for the first cut of a verbose document; null when {@code full} is lean
     * @param write      serializes a document as stdout shows it
     * @param budget     the most bytes
     * @param reportFile the report file as the user should open it
     */
    static String fit(ObjectNode full, java.util.function.Supplier<ObjectNode> lean,
            Function<ObjectNode, String> write, int budget, String reportFile) {
        String text = write.apply(full);
        if (bytes(text) <= budget) {
            return text;
        }
        int fullBytes = bytes(text);
        List<String> cut = new ArrayList<>();
        ObjectNode doc = full;
        if (lean != null) {
            doc = lean.get();
            cut.add("full_detail");
            text = write.apply(withNote(doc, note(budget, fullBytes, cut, 0, 0, reportFile)));
            if (bytes(text) <= budget) {
                return text;
            }
        }
        List<Cut> cuts = List.of(
                new Cut("output", d -> eachTest(d, t -> {
                    t.remove("output");
                    if (t.get("rerun") instanceof ObjectNode r) {
                        r.remove("output");
                    }
                })),
                new Cut("deeper_frames", d -> eachTest(d, Budget::topFrameOnly)),
                new Cut("steps", d -> eachTest(d, Budget::failingStepOnly)),
                new Cut("detail", Budget::detailOfFirstOnly));
        for (Cut step : cuts) {
            step.apply().accept(doc);
            cut.add(step.name());
            text = write.apply(withNote(doc, note(budget, fullBytes, cut, 0, 0, reportFile)));
            if (bytes(text) <= budget) {
                return text;
            }
        }
        cut.add("tests");
        return dropEntries(doc, write, budget, fullBytes, cut, reportFile);
    }

    private record Cut(String name, Consumer<ObjectNode> apply) {
    }

    /** Drops whole entries in priority order, as few as fit: a binary search over how many. */
    private static String dropEntries(ObjectNode doc, Function<ObjectNode, String> write, int budget, int fullBytes,
            List<String> cut, String reportFile) {
        List<Entry> order = dropOrder(doc);
        int low = 0;
        int high = order.size();
        String best = null;
        // Invariant: dropping `high` entries fits (or high is all of them, not yet tried).
        while (low < high) {
            int mid = (low + high) >>> 1;
            String text = write.apply(without(doc, order, mid, budget, fullBytes, cut, reportFile));
            if (bytes(text) <= budget) {
                high = mid;
                best = text;
            } else {
                low = mid + 1;
            }
        }
        if (low < order.size()) {
            return best; // the fewest dropped entries that fit
        }
        // Not even the summary and the names fit: the per-class coverage list, then the warnings, go too.
        ObjectNode none = without(doc, order, order.size(), budget, fullBytes, cut, reportFile);
        if (bytes(write.apply(none)) > budget && doc.path("coverage").has("classes")) {
            cut.add("coverage_classes");
            none = withoutExtras(doc, order, budget, fullBytes, cut, reportFile);
        }
        if (bytes(write.apply(none)) > budget && doc.has("warnings")) {
            cut.add("warnings");
            none = withoutExtras(doc, order, budget, fullBytes, cut, reportFile);
        }
        return write.apply(none);
    }

    /** No entry, and without what {@code cut} names of the coverage classes and the warnings. */
    private static ObjectNode withoutExtras(ObjectNode doc, List<Entry> order, int budget, int fullBytes,
            List<String> cut, String reportFile) {
        ObjectNode none = without(doc, order, order.size(), budget, fullBytes, cut, reportFile);
        if (cut.contains("coverage_classes") && none.get("coverage") instanceof ObjectNode coverage) {
            coverage.remove("classes");
        }
        if (cut.contains("warnings")) {
            none.remove("warnings");
        }
        return none;
    }

    /** A test entry of {@code tests} or {@code flaky}, with the list it is in. */
    private record Entry(String list, JsonNode test) {
    }

    private static List<Entry> dropOrder(ObjectNode doc) {
        List<Entry> passed = new ArrayList<>();
        List<Entry> members = new ArrayList<>();
        List<Entry> failed = new ArrayList<>();
        List<Entry> flaky = new ArrayList<>();
        for (JsonNode test : doc.path("tests")) {
            String state = LeanView.text(test, "state");
            boolean problem = "failed".equals(state) || "invalid".equals(state);
            (!problem ? passed : test.get("cause") != null && test.get("failures") != null
                    && test.path("failures").path(0).get("type") == null ? members : failed)
                    .add(new Entry("tests", test));
        }
        for (JsonNode test : doc.path("flaky")) {
            flaky.add(new Entry("flaky", test));
        }
        List<Entry> order = new ArrayList<>();
        for (List<Entry> tier : List.of(passed, flaky, members, failed)) {
            for (int i = tier.size() - 1; i >= 0; i--) {
                order.add(tier.get(i));
            }
        }
        return order;
    }

    private static ObjectNode without(ObjectNode doc, List<Entry> order, int count, int budget, int fullBytes,
            List<String> cut, String reportFile) {
        java.util.Set<JsonNode> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int tests = 0;
        int flaky = 0;
        for (Entry entry : order.subList(0, count)) {
            dropped.add(entry.test());
            String state = LeanView.text(entry.test(), "state");
            if (entry.list().equals("flaky")) {
                flaky++;
            } else if ("failed".equals(state) || "invalid".equals(state)) {
                tests++;
            }
        }
        ObjectNode copy = doc.deepCopy();
        for (String list : List.of("tests", "flaky")) {
            if (doc.get(list) instanceof ArrayNode original) {
                ArrayNode kept = copy.putArray(list);
                original.forEach(t -> {
                    if (!dropped.contains(t)) {
                        kept.add(t);
                    }
                });
            }
        }
        int others = count - tests - flaky;
        ObjectNode note = note(budget, fullBytes, cut, tests, flaky, reportFile);
        if (others > 0) {
            note.put("others_omitted", others);
        }
        return withNote(copy, note);
    }

    static ObjectNode note(int budget, int fullBytes, List<String> cut, int testsOmitted, int flakyOmitted,
            String reportFile) {
        ObjectNode note = JsonFormat.MAPPER.createObjectNode();
        note.put("budget", budget);
        note.put("full_bytes", fullBytes);
        ArrayNode names = note.putArray("cut");
        cut.forEach(names::add);
        note.put("tests_omitted", testsOmitted);
        if (flakyOmitted > 0) {
            note.put("flaky_omitted", flakyOmitted);
        }
        note.put("show", SHOW);
        note.put("report", reportFile);
        return note;
    }

    /** The document with {@code truncated} right after the summary. */
    static ObjectNode withNote(ObjectNode doc, ObjectNode note) {
        ObjectNode copy = JsonFormat.MAPPER.createObjectNode();
        doc.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("truncated")) {
                copy.set(field.getKey(), field.getValue());
            }
            if (field.getKey().equals("summary")) {
                copy.set("truncated", note);
            }
        });
        return copy;
    }

    private static void eachTest(ObjectNode doc, Consumer<ObjectNode> change) {
        for (String list : List.of("tests", "flaky")) {
            for (JsonNode test : doc.path(list)) {
                change.accept((ObjectNode) test);
            }
        }
    }

    private static void topFrameOnly(ObjectNode test) {
        List<JsonNode> owners = new ArrayList<>();
        test.path("failures").forEach(owners::add);
        test.path("rerun").path("failures").forEach(owners::add);
        for (JsonNode owner : owners) {
            if (owner.get("at") instanceof ArrayNode at && at.size() > 1) {
                int more = at.size() - 1 + owner.path("more_frames").asInt(0);
                while (at.size() > 1) {
                    at.remove(at.size() - 1);
                }
                ((ObjectNode) owner).put("more_frames", more);
            }
        }
    }

    private static void failingStepOnly(ObjectNode test) {
        if (test.get("steps") instanceof ArrayNode steps && steps.size() > 1) {
            int omitted = steps.size() - 1 + test.path("steps_omitted").asInt(0);
            while (steps.size() > 1) {
                steps.remove(0);
            }
            test.put("steps_omitted", omitted);
        }
    }

    /** Keeps the detail of the first failed test and of the first test of each cause; the rest say who and why. */
    private static void detailOfFirstOnly(ObjectNode doc) {
        boolean first = true;
        for (String list : List.of("tests", "flaky")) {
            if (!(doc.get(list) instanceof ArrayNode tests)) {
                continue;
            }
            for (int i = 0; i < tests.size(); i++) {
                JsonNode test = tests.get(i);
                String state = LeanView.text(test, "state");
                boolean problem = "failed".equals(state) || "invalid".equals(state);
                boolean member = test.get("cause") != null && test.path("failures").path(0).get("type") == null;
                if (problem && first && list.equals("tests")) {
                    first = false;
                    continue;
                }
                if (member || problem && test.get("cause") != null) {
                    continue; // a member is already slim; the first of a cause keeps its detail
                }
                if (problem || list.equals("flaky")) {
                    tests.set(i, Identity.withReason(test));
                }
            }
        }
    }

    static int bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}

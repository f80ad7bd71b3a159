package dev.tracer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.io.JsonFormat;
import java.util.List;

/** A test by who it is and where: what stays of it when its detail is cut. */
final class Identity {
    static final List<String> FIELDS = List.of("name", "class", "method", "module", "file", "line", "state");

    private Identity() {
    }

    static ObjectNode of(JsonNode test) {
        ObjectNode identity = JsonFormat.MAPPER.createObjectNode();
        for (String field : FIELDS) {
            if (test.get(field) != null) {
                identity.set(field, test.get(field));
            }
        }
        return identity;
    }

    /** Who it is, its failing line, and the first line of why (type and message), nothing more. */
    static ObjectNode withReason(JsonNode test) {
        ObjectNode slim = of(test);
        for (String field : List.of("cause", "filtered")) {
            if (test.get(field) != null) {
                slim.set(field, test.get(field));
            }
        }
        JsonNode failure = test.path("failures").path(0);
        if (!failure.isMissingNode()) {
            ObjectNode reason = slim.putArray("failures").addObject();
            for (String field : List.of("type", "file", "line")) {
                if (failure.get(field) != null) {
                    reason.set(field, failure.get(field));
                }
            }
            String message = ErrorGroups.firstLine(LeanView.text(failure, "message"));
            if (message != null) {
                reason.put("message", LeanView.cut(message, 160));
            }
        }
        if (test.get("rerun") != null) {
            slim.putObject("rerun").set("state", test.path("rerun").path("state"));
        }
        return slim;
    }
}

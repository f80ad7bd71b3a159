package dev.tracer.listener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the events say about one test, independent of the framework that ran it. JDK only. */
final class TestRef {

    final String id;
    final String className;
    final String method;
    final String name;
    final List<String> parents;
    final List<String> tags;

    /**
     * @param parents display names of the enclosing containers below the engine, outermost first
     * @param tags    in any order; kept sorted
     */
    TestRef(String id, String className, String method, String name, List<String> parents, List<String> tags) {
        this.id = id;
        this.className = className;
        this.method = method;
        this.name = name;
        this.parents = Collections.unmodifiableList(new ArrayList<>(parents));
        List<String> sorted = new ArrayList<>(tags);
        Collections.sort(sorted);
        this.tags = Collections.unmodifiableList(sorted);
    }

    /** {@code "id","class","method","name"} */
    Json writeIdentity(Json json) {
        return json.field("id", id).field("class", className).field("method", method).field("name", name);
    }

    /** {@code "id","class","method","name","parents","tags"} */
    Json writeFull(Json json) {
        return writeIdentity(json).strings("parents", parents).strings("tags", tags);
    }
}

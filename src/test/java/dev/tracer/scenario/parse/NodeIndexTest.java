package dev.tracer.scenario.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NodeIndexTest {

    @Test
    void routesJoinClassAndMethodPaths() {
        assertEquals("/owners/{id}", NodeIndex.join("owners", "{id}"));
        assertEquals("/", NodeIndex.join("", ""));
        assertEquals("/a/b", NodeIndex.join("/a/", "/b"));
    }
}

package dev.tracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInNamesSortByValue() {
        List<String> names = new ArrayList<>(List.of("[10] a", "[2] b", "[1] c", "[02] d", "x()", "[1] b"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("[1] b", "[1] c", "[2] b", "[02] d", "[10] a", "x()"), names);
    }

    @Test
    void isConsistentWithEquals() {
        assertEquals(0, NaturalOrder.INSTANCE.compare("a1", "a1"));
        assertEquals(-NaturalOrder.INSTANCE.compare("a01", "a1"), NaturalOrder.INSTANCE.compare("a1", "a01"));
    }
}

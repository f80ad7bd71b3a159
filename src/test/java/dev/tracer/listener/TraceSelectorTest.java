package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceSelectorTest {

    @Test
    void theTagSetsTheRing() {
        TraceSelector none = new TraceSelector(null, 0);
        assertEquals(50, none.ringSize("a.B", "m", List.of("fast", "trace_messages")));
        assertEquals(200, none.ringSize("a.B", "m", List.of("trace_messages=200")));
        assertEquals(0, none.ringSize("a.B", "m", List.of("trace_messages=many", "trace_messagesX")));
        assertEquals(0, none.ringSize("a.B", "m", List.of()));
        assertEquals(5_000, none.budget());
    }

    @Test
    void thePatternMatchesSimpleOrQualifiedClassAndMethod() {
        TraceSelector selector = new TraceSelector(" RelayTest#poison* , shop.*Cart*Test ,Outer$Inner", 20);
        assertEquals(50, selector.ringSize("relay.RelayTest", "poisonIsLost", List.of()));
        assertEquals(0, selector.ringSize("relay.RelayTest", "hello", List.of()));
        assertEquals(50, selector.ringSize("shop.BigCartTest", "any", List.of()));
        assertEquals(0, selector.ringSize("other.BigCartTest", "any", List.of()));
        assertEquals(50, selector.ringSize("x.Outer$Inner", "m", List.of()));
        assertEquals(0, selector.ringSize("x.Inner", "m", List.of()));
        assertEquals(50, selector.ringSize("relay.RelayTest", "poison[1]", List.of()), "a JUnit 4 parameterized name");
        assertEquals(20, selector.budget());
    }
}

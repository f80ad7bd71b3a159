package alpha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CounterTest {

    @Test
    void startsAtZero() {
        assertEquals(0, new Counter().value());
    }

    @Test
    void incrementsByOne() {
        Counter counter = new Counter();
        counter.increment();
        assertEquals(1, counter.value());
    }
}

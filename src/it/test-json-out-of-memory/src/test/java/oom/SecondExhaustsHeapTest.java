package oom;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondExhaustsHeapTest {

    @Test
    @Order(1)
    void finishesBeforeTheHeapRunsOut() {
    }

    @Test
    @Order(2)
    void exhaustsTheHeap() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }

    @Test
    @Order(3)
    void neverRuns() {
    }
}

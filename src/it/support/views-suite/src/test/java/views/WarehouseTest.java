package views;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Recorder.class)
class WarehouseTest {

    @BeforeAll
    static void connect() {
        if (!Fix.applied()) {
            throw new IllegalStateException("warehouse database is down");
        }
    }

    @Test
    void countsStock() {
    }
}

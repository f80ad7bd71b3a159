package config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class SecondCheck {

    @Test
    void alsoRuns() {
        assertEquals(4, 2 * 2);
    }
}

package shop;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

@Disabled("replaced by CartTest")
class LegacyTest {

    @Test
    void oldTotal() {
    }

    @Test
    void oldTax() {
    }
}

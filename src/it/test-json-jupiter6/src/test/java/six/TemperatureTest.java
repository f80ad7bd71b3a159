package six;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemperatureTest {

    @Test
    void boilingPoint() {
        assertEquals(212.0, Temperature.toFahrenheit(100));
    }

    @Test
    @Disabled("kelvin comes later")
    void toKelvin() {
    }

    @ParameterizedTest
    @ValueSource(doubles = {-5, 0})
    void freezes(double celsius) {
        assertTrue(Temperature.isFreezing(celsius));
    }

    @Nested
    @DisplayName("above zero")
    class AboveZero {

        @Test
        @DisplayName("does not freeze")
        void doesNotFreeze() {
            assertFalse(Temperature.isFreezing(1));
        }
    }
}

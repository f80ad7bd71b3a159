package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CartTest {
    @Test
    void addsPrices() {
        Cart cart = new Cart();
        cart.add(40);
        cart.add(2);
        assertEquals(42, cart.total());
        assertEquals("small", cart.label());
    }

    @Test
    void argLineReachesTheJvm() {
        assertEquals("yes", System.getProperty("from.argline"));
        assertEquals(null, System.getProperty("from.property"), "a hard-coded <argLine> ignores the argLine property");
    }

    @Test
    void flakyOncePerRun() throws Exception {
        Path marker = Path.of("target", "flaky-" + System.getProperty("run"));
        if (Files.notExists(marker)) {
            Files.createFile(marker);
            assertEquals(1, 2, "first execution fails");
        }
        assertEquals(2, Rerun.second());
    }
}

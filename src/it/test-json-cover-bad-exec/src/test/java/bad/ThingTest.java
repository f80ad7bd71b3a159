package bad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ThingTest {
    @Test
    void value() throws Exception {
        assertEquals(1, new Thing().value());
        if (Boolean.getBoolean("garbage")) {
            Files.writeString(Path.of("target", "bad.exec"), "not JaCoCo data");
        }
    }
}

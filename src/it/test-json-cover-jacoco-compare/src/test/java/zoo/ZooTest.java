package zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZooTest {
    @Test
    void zoo() {
        Zoo zoo = new Zoo();
        zoo.add("hippopotamus");
        zoo.add("cat");
        zoo.add("emu");
        assertThrows(IllegalArgumentException.class, () -> zoo.add(" "));
        assertEquals(List.of("hippopotam"), zoo.longNames(5));
        assertEquals(List.of("cat", "emu", "hippopotamus"), zoo.sortedByLength());
        assertEquals(3, zoo.count());
        assertEquals("Ann keeps 3 animals", zoo.keeper("Ann").greet());
        assertEquals(5, Zoo.Ticket.price(10));
    }

    @Test
    void points() {
        Point p = new Point(1, 2).plus(new Point(0, 3));
        assertEquals(new Point(1, 5), p);
        assertTrue(new Point(0, 1).onAxis());
    }

    @Test
    void colors() {
        assertEquals(Color.GREEN, Color.RED.next());
        assertEquals("RED!", Color.RED.shout());
        assertEquals("cool", Color.BLUE.describe());
    }

    @Test
    void argLineStillReachesTheJvm() {
        assertEquals("yes", System.getProperty("from.argline"));
    }
}

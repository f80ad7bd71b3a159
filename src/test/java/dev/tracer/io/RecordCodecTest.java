package dev.tracer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    enum Color { RED, GREEN }

    record Leaf(String name, Integer maybe, Color color) {
    }

    record Tree(String label, int i, long l, boolean b, double d, Long boxedLong, Boolean boxedBool, Double boxedDouble,
            short s, byte y, List<String> strings, Map<String, Leaf> leaves, List<Tree> children, Leaf leaf) {
    }

    @Test
    void roundTripsEveryKindOfComponentNullsIncluded() {
        Leaf a = new Leaf("a", -7, Color.GREEN);
        Leaf empty = new Leaf(null, null, null);
        Tree child = new Tree(null, 0, 0, false, 0, null, null, null, (short) 0, (byte) 0, null, null, null, null);
        Tree tree = new Tree("root", Integer.MIN_VALUE, Long.MIN_VALUE, true, -1.5, Long.MAX_VALUE, Boolean.FALSE,
                Double.NaN, Short.MIN_VALUE, Byte.MAX_VALUE, Arrays.asList("x", null, "x", "é ü 漢"),
                Map.of("a", a, "e", empty), List.of(child, child), a);
        RecordCodec<Tree> codec = RecordCodec.of(Tree.class);
        byte[] bytes = codec.encode(tree);
        Tree back = codec.decode(bytes, 0, bytes.length);
        assertEquals(tree, back);
        assertSame(back.strings().get(0), back.strings().get(2), "a repeated string is one instance");
        assertEquals(Long.MIN_VALUE, RecordCodec.of(Tree.class).decode(bytes, 0, bytes.length).l());
    }

    @Test
    void rejectsTruncatedOrTrailingBytes() {
        RecordCodec<Leaf> codec = RecordCodec.of(Leaf.class);
        byte[] bytes = codec.encode(new Leaf("name", 3, Color.RED));
        assertThrows(IllegalArgumentException.class, () -> codec.decode(bytes, 0, bytes.length - 1));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IllegalArgumentException.class, () -> codec.decode(longer, 0, longer.length));
        assertThrows(IllegalArgumentException.class, () -> codec.decode(new byte[] {1, 5, 1, 100}, 0, 4));
    }

    record Bad(String name, java.nio.file.Path path) {
    }

    record HoldsBadDeepDown(List<Map<String, Bad>> bad) {
    }

    @Test
    void requireEncodableNamesAComponentTypeItCannotStoreHoweverDeep() {
        RecordCodec.requireEncodable(Tree.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordCodec.requireEncodable(HoldsBadDeepDown.class));
        assertTrue(e.getMessage().contains("java.nio.file.Path"), e.getMessage());
    }
}

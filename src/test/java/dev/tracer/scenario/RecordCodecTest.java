package dev.tracer.scenario;

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

    @Test
    void handlesEveryRecordTheCacheStores() {
        // RecordCodec.of fails on a component type it cannot store; the nested records are looked up when used
        for (Class<?> type : reachable(List.of(SourceModel.FileModel.class, ScenarioBuilder.Built.class))) {
            @SuppressWarnings("unchecked")
            Class<? extends Record> record = (Class<? extends Record>) type;
            RecordCodec.of(record);
        }
    }

    private static java.util.Set<Class<?>> reachable(List<Class<?>> roots) {
        java.util.Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<java.lang.reflect.Type> todo = new java.util.ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            java.lang.reflect.Type t = todo.pop();
            if (t instanceof java.lang.reflect.ParameterizedType p) {
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && c.isRecord() && seen.add(c)) {
                for (var component : c.getRecordComponents()) {
                    todo.push(component.getGenericType());
                }
            }
        }
        assertTrue(seen.contains(dev.tracer.model.Step.class) && seen.contains(SourceModel.Link.class), "" + seen);
        return seen;
    }
}

package dev.tracer.io;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compact binary codec for trees of records (the scenario cache's entries; the reactor's module parts, which cross
 * plugin class realms as bytes): derived from the records' components (so
 * it follows a record that gains a field; the cache's format number still has to be raised), their accessors and
 * canonical constructor called through method handles. Handles {@code String}, primitives and their boxes, enums,
 * {@code List}, {@code Map}, nested records and null.
 *
 * <p>Integers are varints. Each encoded value carries its own string table: a string is written once, where it first
 * occurs, and later occurrences are its index; a decoded value shares one instance per distinct string (the kinds,
 * types, node ids and snippets a file's steps repeat).
 */
public final class RecordCodec<T> {

    private static final Map<Class<?>, RecordCodec<?>> CODECS = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final FieldCodec root;

    private RecordCodec(Class<T> type) {
        this.type = type;
        this.root = new RecordField(type);
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordCodec<T> of(Class<T> type) {
        return (RecordCodec<T>) CODECS.computeIfAbsent(type, RecordCodec::new);
    }

    /**
     * Builds the codecs of {@code type} and of every record it reaches, so that a component type the codec cannot
     * store fails here rather than at the first value that has it (record codecs are otherwise built when used).
     *
     * @throws IllegalArgumentException naming the first type that cannot be encoded
     */
    public static void requireEncodable(Class<? extends Record> type) {
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        java.util.Deque<Type> todo = new java.util.ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            codec(t); // throws for a type it cannot store
            if (t instanceof ParameterizedType p) {
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && c.isRecord() && seen.add(c)) {
                CODECS.computeIfAbsent(c, RecordCodec::new);
                for (RecordComponent component : c.getRecordComponents()) {
                    todo.push(component.getGenericType());
                }
            }
        }
    }

    /** One buffer per thread, reused (the cache encodes thousands of values). */
    private static final ThreadLocal<Out> BUFFERS = ThreadLocal.withInitial(Out::new);

    public byte[] encode(T value) {
        Out out = BUFFERS.get();
        out.reset();
        root.write(out, value);
        byte[] bytes = out.toByteArray();
        if (out.buf.length > 1 << 20) {
            BUFFERS.remove();
        }
        return bytes;
    }

    /** @throws IllegalArgumentException when the bytes are not a value of this type (truncated, corrupt) */
    public T decode(byte[] bytes, int offset, int length) {
        In in = new In(bytes, offset, offset + length);
        try {
            T value = type.cast(root.read(in));
            if (in.pos != in.end) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return value;
        } catch (RuntimeException e) {
            throw e instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException("cannot decode a " + type.getSimpleName() + ": " + e, e);
        }
    }

    // ---------------------------------------------------------------- streams

    /** A growable output buffer with the string table of one encoded value. */
    static final class Out {
        private byte[] buf = new byte[4096];
        private int pos;
        private final Map<String, Integer> strings = new HashMap<>();

        void reset() {
            pos = 0;
            strings.clear();
        }

        void ensure(int n) {
            if (pos + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
            }
        }

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        void signed(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }

        /** 0: null; 1: a new string follows (length, UTF-8); n ≥ 2: the string table's entry n - 2. */
        void string(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            Integer index = strings.get(s);
            if (index != null) {
                varint(index + 2L);
                return;
            }
            strings.put(s, strings.size());
            varint(1);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes(b);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, pos);
        }
    }

    /** Reads what {@link Out} wrote. */
    static final class In {
        private final byte[] buf;
        private int pos;
        private final int end;
        private String[] table = new String[64];
        private int size;

        In(byte[] buf, int offset, int end) {
            if (offset < 0 || end > buf.length || offset > end) {
                throw new IllegalArgumentException("bad bounds");
            }
            this.buf = buf;
            this.pos = offset;
            this.end = end;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new IllegalArgumentException("truncated");
                }
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("bad varint");
        }

        int count() {
            long n = varint();
            if (n < 0 || n > end - pos + 1L) {
                throw new IllegalArgumentException("bad count " + n);
            }
            return (int) n;
        }

        long signed() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        String string() {
            long code = varint();
            if (code == 0) {
                return null;
            }
            if (code == 1) {
                int length = count();
                if (length > end - pos) {
                    throw new IllegalArgumentException("truncated string");
                }
                String s = new String(buf, pos, length, StandardCharsets.UTF_8);
                pos += length;
                if (size == table.length) {
                    table = Arrays.copyOf(table, size * 2);
                }
                table[size++] = s;
                return s;
            }
            if (code - 2 >= size) {
                throw new IllegalArgumentException("bad string index");
            }
            return table[(int) (code - 2)];
        }
    }

    // ---------------------------------------------------------------- per-type codecs

    private interface FieldCodec {
        void write(Out out, Object value);

        Object read(In in);
    }

    private static FieldCodec codec(Type type) {
        if (type instanceof Class<?> c) {
            if (c == String.class) {
                return STRING;
            }
            if (c == int.class || c == long.class || c == short.class || c == byte.class) {
                return primitive(c);
            }
            if (c == Integer.class || c == Long.class || c == Short.class || c == Byte.class) {
                return boxed(c);
            }
            if (c == boolean.class || c == Boolean.class) {
                return c == boolean.class ? BOOLEAN : nullable(BOOLEAN);
            }
            if (c == double.class || c == Double.class) {
                return c == double.class ? DOUBLE : nullable(DOUBLE);
            }
            if (c.isEnum()) {
                return enumCodec(c);
            }
            if (c.isRecord()) {
                return new Lazy(c);
            }
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return new ListField(codec(args[0]));
            }
            if (raw == Map.class) {
                return new MapField(codec(args[0]), codec(args[1]));
            }
        }
        throw new IllegalArgumentException("cannot encode a " + type);
    }

    private static final FieldCodec STRING = new FieldCodec() {
        public void write(Out out, Object value) {
            out.string((String) value);
        }

        public Object read(In in) {
            return in.string();
        }
    };

    private static final FieldCodec BOOLEAN = new FieldCodec() {
        public void write(Out out, Object value) {
            out.varint((Boolean) value ? 1 : 0);
        }

        public Object read(In in) {
            return in.varint() != 0;
        }
    };

    private static final FieldCodec DOUBLE = new FieldCodec() {
        public void write(Out out, Object value) {
            out.varint(Double.doubleToRawLongBits((Double) value));
        }

        public Object read(In in) {
            return Double.longBitsToDouble(in.varint());
        }
    };

    private static FieldCodec primitive(Class<?> c) {
        return new FieldCodec() {
            public void write(Out out, Object value) {
                out.signed(((Number) value).longValue());
            }

            public Object read(In in) {
                return box(c, in.signed());
            }
        };
    }

    /** 0 for null, else the zig-zag value + 1 (an int's fits in a long); a {@code Long} has a presence flag. */
    private static FieldCodec boxed(Class<?> c) {
        if (c == Long.class) {
            return nullable(primitive(c));
        }
        return new FieldCodec() {
            public void write(Out out, Object value) {
                if (value == null) {
                    out.varint(0);
                } else {
                    long v = ((Number) value).longValue();
                    out.varint(((v << 1) ^ (v >> 63)) + 1);
                }
            }

            public Object read(In in) {
                long code = in.varint();
                if (code == 0) {
                    return null;
                }
                long zigzag = code - 1;
                return box(c, (zigzag >>> 1) ^ -(zigzag & 1));
            }
        };
    }

    private static Object box(Class<?> c, long v) {
        if (c == int.class || c == Integer.class) {
            return (int) v;
        }
        if (c == long.class || c == Long.class) {
            return v;
        }
        if (c == short.class || c == Short.class) {
            return (short) v;
        }
        return (byte) v;
    }

    private static FieldCodec nullable(FieldCodec inner) {
        return new FieldCodec() {
            public void write(Out out, Object value) {
                out.varint(value == null ? 0 : 1);
                if (value != null) {
                    inner.write(out, value);
                }
            }

            public Object read(In in) {
                return in.varint() == 0 ? null : inner.read(in);
            }
        };
    }

    private static FieldCodec enumCodec(Class<?> c) {
        Object[] constants = c.getEnumConstants();
        return new FieldCodec() {
            public void write(Out out, Object value) {
                out.varint(value == null ? 0 : ((Enum<?>) value).ordinal() + 1L);
            }

            public Object read(In in) {
                long code = in.varint();
                if (code > constants.length) {
                    throw new IllegalArgumentException("bad " + c.getSimpleName());
                }
                return code == 0 ? null : constants[(int) code - 1];
            }
        };
    }

    /** A list: 0 for null, else size + 1; read as an unmodifiable list (one that allows null elements). */
    private record ListField(FieldCodec element) implements FieldCodec {
        public void write(Out out, Object value) {
            if (value == null) {
                out.varint(0);
                return;
            }
            List<?> list = (List<?>) value;
            out.varint(list.size() + 1L);
            for (Object o : list) {
                element.write(out, o);
            }
        }

        public Object read(In in) {
            int code = in.count();
            if (code == 0) {
                return null;
            }
            int size = code - 1;
            if (size == 0) {
                return List.of();
            }
            Object[] items = new Object[size];
            boolean nulls = false;
            for (int i = 0; i < size; i++) {
                items[i] = element.read(in);
                nulls |= items[i] == null;
            }
            return nulls ? Collections.unmodifiableList(Arrays.asList(items)) : List.of(items);
        }
    }

    /** A map: 0 for null, else size + 1, then the entries in iteration order; read as an unmodifiable map. */
    private record MapField(FieldCodec key, FieldCodec value) implements FieldCodec {
        public void write(Out out, Object v) {
            if (v == null) {
                out.varint(0);
                return;
            }
            Map<?, ?> map = (Map<?, ?>) v;
            out.varint(map.size() + 1L);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                key.write(out, e.getKey());
                value.write(out, e.getValue());
            }
        }

        public Object read(In in) {
            int code = in.count();
            if (code == 0) {
                return null;
            }
            int size = code - 1;
            if (size == 0) {
                return Map.of();
            }
            Map<Object, Object> map = new LinkedHashMap<>(size * 4 / 3 + 1);
            boolean nulls = false;
            for (int i = 0; i < size; i++) {
                Object k = key.read(in);
                Object val = value.read(in);
                nulls |= k == null || val == null;
                map.put(k, val);
            }
            return nulls ? Collections.unmodifiableMap(map) : Map.copyOf(map);
        }
    }

    /** A record type's codec, looked up when first used (records may refer to themselves). */
    private static final class Lazy implements FieldCodec {
        private final Class<?> type;
        private volatile FieldCodec codec;

        Lazy(Class<?> type) {
            this.type = type;
        }

        private FieldCodec codec() {
            FieldCodec c = codec;
            if (c == null) {
                c = ((RecordCodec<?>) CODECS.computeIfAbsent(type, RecordCodec::new)).root;
                codec = c;
            }
            return c;
        }

        public void write(Out out, Object value) {
            codec().write(out, value);
        }

        public Object read(In in) {
            return codec().read(in);
        }
    }

    /** A record: 0 for null, else 1 and its components in order. */
    private static final class RecordField implements FieldCodec {
        private final MethodHandle[] accessors;
        private final FieldCodec[] fields;
        private final MethodHandle constructor;

        RecordField(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            accessors = new MethodHandle[components.length];
            fields = new FieldCodec[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                // Records of other packages, private nested ones too: they share this class's module.
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                for (int i = 0; i < components.length; i++) {
                    RecordComponent c = components[i];
                    types[i] = c.getType();
                    accessors[i] = lookup.unreflect(c.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    fields[i] = codec(c.getGenericType());
                }
                constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot encode a " + type.getName() + ": " + e, e);
            }
        }

        public void write(Out out, Object value) {
            if (value == null) {
                out.varint(0);
                return;
            }
            out.varint(1);
            try {
                for (int i = 0; i < fields.length; i++) {
                    fields[i].write(out, (Object) accessors[i].invokeExact(value));
                }
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        public Object read(In in) {
            long code = in.varint();
            if (code == 0) {
                return null;
            }
            if (code != 1) {
                throw new IllegalArgumentException("bad record tag");
            }
            Object[] args = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                args[i] = fields[i].read(in);
            }
            try {
                return (Object) constructor.invokeExact(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

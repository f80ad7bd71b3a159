package dev.tracer.reactor;

import dev.tracer.io.RecordCodec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modules of one build hand their parts to the module that completes the build, which reports on all of them.
 *
 * <p>The ledger lives in a map every module of the build shares (the mojo keeps it in the resolver session's data).
 * Each project can get its own plugin class realm (a build extension, plugin dependencies of its own), where Tracer's
 * classes are other classes of the same names: an object of one of them, stored by one module, is unreadable by the
 * next. So the map holds JDK types only (strings, sets, lists, and each module's part encoded as bytes by
 * {@link RecordCodec}), and every access holds the map's own monitor, which is the same object in every realm
 * (Maven's parallel builder runs modules on several threads).
 */
public final class ReactorLedger {

    private static final String MODULES = "modules";
    private static final String PARTS = "parts";
    private static final String ONCE = "once";
    private static final String SUREFIRE_FAILURE = "surefireFailure";

    /** The part of a module that ran no tests (skipped, packaging pom). */
    private static final byte[] NO_TESTS = new byte[0];

    private static final RecordCodec<ModulePart> CODEC = RecordCodec.of(ModulePart.class);

    private final Map<String, Object> shared;
    private final List<String> modules;

    private ReactorLedger(Map<String, Object> shared, List<String> modules) {
        this.shared = shared;
        this.modules = modules;
    }

    /**
     * @param shared  the build's map (empty for the first module to ask)
     * @param modules the ids of the build's modules, in reactor order; the first module's list is the one kept
     */
    @SuppressWarnings("unchecked")
    public static ReactorLedger of(Map<String, Object> shared, List<String> modules) {
        synchronized (shared) {
            Object kept = shared.computeIfAbsent(MODULES, k -> List.copyOf(modules));
            shared.computeIfAbsent(PARTS, k -> new LinkedHashMap<String, byte[]>());
            shared.computeIfAbsent(ONCE, k -> new HashSet<String>());
            return new ReactorLedger(shared, (List<String>) kept);
        }
    }

    public boolean multiModule() {
        return modules.size() > 1;
    }

    /**
     * Records a module's part.
     *
     * @param part null for a module that ran no tests
     * @return when this module completes the build, the parts of every module that ran tests, in reactor order (its
     *         own as given); otherwise empty
     * @throws IllegalStateException when another module's part cannot be read (modules of the build run different
     *                               versions of Tracer)
     */
    public Optional<List<ModulePart>> record(String module, ModulePart part) {
        Map<String, byte[]> encoded;
        synchronized (shared) {
            Map<String, byte[]> parts = parts();
            Set<String> done = new HashSet<>(parts.keySet());
            done.add(module);
            if (!done.containsAll(modules)) {
                parts.put(module, part == null ? NO_TESTS : CODEC.encode(part));
                return Optional.empty();
            }
            parts.put(module, NO_TESTS); // this module reports; its own part needs no copy
            encoded = new LinkedHashMap<>(parts);
        }
        List<ModulePart> ordered = new ArrayList<>();
        for (String id : modules) {
            if (id.equals(module)) {
                if (part != null) {
                    ordered.add(part);
                }
                continue;
            }
            byte[] bytes = encoded.get(id);
            if (bytes.length > 0) {
                ordered.add(decode(id, bytes));
            }
        }
        return Optional.of(ordered);
    }

    private static ModulePart decode(String module, byte[] bytes) {
        try {
            return CODEC.decode(bytes, 0, bytes.length);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the results of module " + module + " (" + e.getMessage()
                    + "): do the modules of this build use different versions of tracer-maven-plugin? Use one"
                    + " <version> for every module, e.g. in the parent POM's <pluginManagement>.", e);
        }
    }

    /** True for the first module of the build that asks about {@code what}, false for the others. */
    @SuppressWarnings("unchecked")
    public boolean firstTo(String what) {
        synchronized (shared) {
            return ((Set<String>) shared.get(ONCE)).add(what);
        }
    }

    /** Whether some module asked {@link #firstTo} about {@code what}. */
    @SuppressWarnings("unchecked")
    public boolean asked(String what) {
        synchronized (shared) {
            return ((Set<String>) shared.get(ONCE)).contains(what);
        }
    }

    /** Surefire's own failure verdict (no test matched {@code -Dtest}) from a module that then ran no test. */
    public void surefireFailure(String message) {
        synchronized (shared) {
            shared.putIfAbsent(SUREFIRE_FAILURE, message);
        }
    }

    public String surefireFailure() {
        synchronized (shared) {
            return (String) shared.get(SUREFIRE_FAILURE);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, byte[]> parts() {
        return (Map<String, byte[]>) shared.get(PARTS);
    }
}

package dev.tracer.scenario;

import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.scenario.adapter.builtin.BuiltInAdapters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The adapters a run uses, in order: users' adapters (found by {@link ServiceLoader}, sorted by name), then the
 * built-in ones ({@code mockito}, {@code spring-mvc}, {@code assertions}, {@code repository}, {@code production}).
 * The {@code <adapters>} configuration reorders and disables them by name: the names it lists come first, in its
 * order; {@code -name} disables one; the others keep their place after the listed ones.
 */
public final class Adapters {

    private Adapters() {
    }

    public static List<ScenarioAdapter> builtIn() {
        return BuiltInAdapters.all();
    }

    /** The adapters registered as services visible to {@code loader} (the plugin's class realm). */
    public static List<ScenarioAdapter> discover(ClassLoader loader) {
        List<ScenarioAdapter> found = new ArrayList<>();
        for (ScenarioAdapter adapter : ServiceLoader.load(ScenarioAdapter.class, loader)) {
            found.add(adapter);
        }
        found.sort(Comparator.comparing(ScenarioAdapter::name));
        return found;
    }

    /**
     * @param available discovered adapters first, then the built-in ones
     * @param config    the {@code <adapters>} entries (null or empty: the default order)
     * @throws IllegalArgumentException naming an entry that matches no adapter, or a name two adapters share
     */
    public static List<ScenarioAdapter> order(List<ScenarioAdapter> available, List<String> config) {
        Map<String, ScenarioAdapter> byName = new LinkedHashMap<>();
        for (ScenarioAdapter adapter : available) {
            if (byName.putIfAbsent(adapter.name(), adapter) != null) {
                throw new IllegalArgumentException("two adapters are named '" + adapter.name() + "' ("
                        + byName.get(adapter.name()).getClass().getName() + ", " + adapter.getClass().getName() + ")");
            }
        }
        List<ScenarioAdapter> ordered = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        for (String entry : config == null ? List.<String>of() : config) {
            String name = entry == null ? "" : entry.strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean off = name.startsWith("-") || name.startsWith("!");
            String key = off ? name.substring(1).strip() : name;
            ScenarioAdapter adapter = byName.get(key);
            if (adapter == null) {
                throw new IllegalArgumentException(key);
            }
            if (off) {
                disabled.add(key);
            } else if (!ordered.contains(adapter)) {
                ordered.add(adapter);
            }
        }
        for (ScenarioAdapter adapter : byName.values()) {
            if (!ordered.contains(adapter)) {
                ordered.add(adapter);
            }
        }
        ordered.removeIf(a -> disabled.contains(a.name()));
        return ordered;
    }

    public static List<String> names(List<ScenarioAdapter> adapters) {
        return adapters.stream().map(ScenarioAdapter::name).toList();
    }
}

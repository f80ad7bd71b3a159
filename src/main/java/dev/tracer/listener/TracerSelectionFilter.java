package dev.tracer.listener;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps only the tests Tracer selected by unique id ({@code tracer.failed}, reruns): registered through the listener
 * jar's service file only when the jar carries a selection. Surefire's {@code -Dtest} cannot name one parameterized
 * invocation or one method of a {@code @Nested} class; a unique id can.
 *
 * <p>The Platform applies a post-discovery filter to the leaves of the discovered tree. A leaf is kept when its id is
 * selected, when it lies below a selected container (a class whose setup failed reruns as a class), or when a
 * selected id lies below it: a test template (a parameterized method) whose invocations are created only while it
 * runs. Such a template is narrowed to the selected invocations through Jupiter's own dynamic-descendant filter,
 * which is what Jupiter does when a discovery request selects an invocation by unique id. Surefire selects classes,
 * so Jupiter has already set that filter to allow everything; it is put back into the explicit mode a unique-id
 * selection leaves it in. This reaches into Jupiter's engine (reflectively, so nothing of it is needed to load this
 * class); when that fails, or on another engine, every invocation of the template runs.
 */
public final class TracerSelectionFilter implements PostDiscoveryFilter {

    private final Set<String> selected;

    public TracerSelectionFilter() {
        this(loadSelection());
    }

    TracerSelectionFilter(Set<String> selected) {
        this.selected = selected;
    }

    private static Set<String> loadSelection() {
        try {
            return ListenerConfig.configuredSelection();
        } catch (Throwable e) {
            ListenerErrors.report(e);
            return null;
        }
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (selected == null) {
            return FilterResult.included("tracer selects nothing");
        }
        try {
            String id = descriptor.getUniqueId().toString();
            if (selected.contains(id)) {
                return FilterResult.included("selected by tracer");
            }
            boolean below = false;
            for (String wanted : selected) {
                if (id.startsWith(wanted + "/")) {
                    return FilterResult.included("below a container selected by tracer");
                }
                if (wanted.startsWith(id + "/")) {
                    allowDescendant(descriptor, wanted);
                    below = true;
                }
            }
            return below ? FilterResult.included("holds a test selected by tracer")
                    : FilterResult.excluded("not selected by tracer");
        } catch (Throwable e) {
            ListenerErrors.report(e);
            return FilterResult.included("tracer's selection failed");
        }
    }

    /** Sets the filter's {@code mode} to {@code EXPLICIT}, which keeps the ids already allowed. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void explicitMode(Object filter) throws ReflectiveOperationException {
        Field mode = filter.getClass().getDeclaredField("mode");
        mode.setAccessible(true);
        mode.set(filter, Enum.valueOf((Class<Enum>) mode.getType(), "EXPLICIT"));
    }

    /** Jupiter's {@code Filterable#getDynamicDescendantFilter().allowUniqueIdPrefix(id)}, reflectively. */
    private static void allowDescendant(TestDescriptor descriptor, String wanted) {
        try {
            Class<?> filterable = Class.forName("org.junit.jupiter.engine.descriptor.Filterable", false,
                    descriptor.getClass().getClassLoader());
            if (!filterable.isInstance(descriptor)) {
                return;
            }
            Object filter = filterable.getMethod("getDynamicDescendantFilter").invoke(descriptor);
            explicitMode(filter);
            Method allow = filter.getClass().getMethod("allowUniqueIdPrefix", UniqueId.class);
            allow.invoke(filter, UniqueId.parse(wanted));
        } catch (ClassNotFoundException notJupiter) {
            // another engine: its dynamic tests all run
        } catch (ReflectiveOperationException | RuntimeException e) {
            ListenerErrors.report(e);
        }
    }
}

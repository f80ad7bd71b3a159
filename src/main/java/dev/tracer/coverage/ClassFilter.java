package dev.tracer.coverage;

import java.util.List;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * Which classes count, by binary class name with JaCoCo agent semantics ({@code includes}/{@code excludes}):
 * {@code *} any characters (including dots), {@code ?} one character; a class counts when it matches an include
 * (every class when there is none) and no exclude. {@code shop.generated.*}, {@code *Dto}, {@code shop.Cart$*}.
 *
 * <p>JaCoCo's own {@link WildcardMatcher}, so that {@code tracer.coverIncludes} means what {@code jacoco:report}'s
 * includes mean. Two other globs differ on purpose: {@code -Dtest} patterns ({@code coordination.Selection}) follow
 * Surefire, whose {@code *} stays inside a package, and {@code tracer.trace} ({@code listener.TraceSelector}) runs in
 * the test JVM, where JaCoCo's classes are not available, and has no {@code ?}.
 */
public final class ClassFilter {
    public static final ClassFilter ALL = new ClassFilter(List.of(), List.of());

    private final WildcardMatcher includes;
    private final WildcardMatcher excludes;
    private final boolean anyExclude;

    public ClassFilter(List<String> includes, List<String> excludes) {
        List<String> in = clean(includes);
        List<String> out = clean(excludes);
        this.includes = new WildcardMatcher(in.isEmpty() ? "*" : String.join(":", in));
        this.excludes = new WildcardMatcher(String.join(":", out));
        this.anyExclude = !out.isEmpty();
    }

    /** @param className binary name, dotted ({@code shop.Cart$Line}) */
    public boolean counts(String className) {
        return includes.matches(className) && !(anyExclude && excludes.matches(className));
    }

    private static List<String> clean(List<String> patterns) {
        return patterns == null ? List.of()
                : patterns.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
    }
}

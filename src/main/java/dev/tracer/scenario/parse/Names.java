package dev.tracer.scenario.parse;

import dev.tracer.scenario.parse.SourceModel.Imports;
import java.util.Map;

/**
 * Resolves type names as written in one file: through single-type imports, the file's package, on-demand imports and
 * the enclosing type's nested types, against the module's production types. No symbol solver. A name that is not a
 * production type but is imported resolves to the imported canonical name ({@code MockMvc} →
 * {@code org.springframework.test.web.servlet.MockMvc}); a name nothing explains resolves to null.
 */
public final class Names {

    private final String packageName;
    private final Imports imports;
    /** Canonical name of every production type → its binary name (the node id). */
    private final Map<String, String> canonicalToBinary;

    public Names(String packageName, Imports imports, Map<String, String> canonicalToBinary) {
        this.packageName = packageName == null ? "" : packageName;
        this.imports = imports;
        this.canonicalToBinary = canonicalToBinary;
    }

    /** @param enclosing the canonical name of the type the name is written in, for its nested types; may be null */
    public String resolve(String written, String enclosing) {
        if (written == null || written.isEmpty() || written.endsWith("[]")) {
            return null;
        }
        int dot = written.indexOf('.');
        if (dot > 0) {
            String first = written.substring(0, dot);
            String rest = written.substring(dot);
            String outer = resolveSimple(first, enclosing);
            if (outer != null) {
                String canonical = canonicalOf(outer) + rest;
                String binary = canonicalToBinary.get(canonical);
                return binary != null ? binary : canonical;
            }
            String binary = canonicalToBinary.get(written);
            return binary != null ? binary : written;
        }
        return resolveSimple(written, enclosing);
    }

    private String resolveSimple(String name, String enclosing) {
        for (String scope = enclosing; scope != null; scope = parent(scope)) {
            String binary = canonicalToBinary.get(scope + "." + name);
            if (binary != null) {
                return binary;
            }
        }
        String imported = imports.single().get(name);
        if (imported != null) {
            String binary = canonicalToBinary.get(imported);
            return binary != null ? binary : imported;
        }
        String binary = canonicalToBinary.get(packageName.isEmpty() ? name : packageName + "." + name);
        if (binary != null) {
            return binary;
        }
        for (String onDemand : imports.onDemand()) {
            binary = canonicalToBinary.get(onDemand + "." + name);
            if (binary != null) {
                return binary;
            }
        }
        return null;
    }

    private String canonicalOf(String resolved) {
        return resolved.replace('$', '.');
    }

    private String parent(String canonical) {
        int dot = canonical.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String parent = canonical.substring(0, dot);
        // stop at the package: only types enclose types
        return parent.equals(packageName) ? null : parent;
    }

    /** True for a name written like a type ({@code Owner}, {@code a.b.Owner}, {@code Owner.Status}). */
    public static boolean looksLikeType(String written) {
        if (written == null || written.isEmpty()) {
            return false;
        }
        int last = written.lastIndexOf('.');
        String simple = written.substring(last + 1);
        return !simple.isEmpty() && Character.isUpperCase(simple.charAt(0))
                && written.chars().allMatch(c -> Character.isJavaIdentifierPart(c) || c == '.');
    }
}

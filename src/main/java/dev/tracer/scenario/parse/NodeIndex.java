package dev.tracer.scenario.parse;

import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.Node;
import dev.tracer.scenario.adapter.Route;
import dev.tracer.scenario.parse.SourceModel.MainFile;
import dev.tracer.scenario.parse.SourceModel.RouteDecl;
import dev.tracer.scenario.parse.SourceModel.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the {@link Lookup} of a module's production types from its parsed main sources. */
public final class NodeIndex {

    /** Supertypes that make an interface a repository (Spring Data and friends). */
    private static final Set<String> REPOSITORY_BASES = Set.of("Repository", "CrudRepository", "ListCrudRepository",
            "JpaRepository", "PagingAndSortingRepository", "ListPagingAndSortingRepository", "ReactiveCrudRepository",
            "MongoRepository", "R2dbcRepository", "JpaSpecificationExecutor", "QuerydslPredicateExecutor");

    private NodeIndex() {
    }

    /** A parsed main source file and its path relative to the directory Maven ran in. */
    public record Parsed(String file, MainFile model) {
    }

    /** The lookup (runtime empty) and every node's canonical name → binary name. */
    public record Index(Lookup lookup, Map<String, String> canonicalToBinary) {
    }

    public static Index build(List<Parsed> files) {
        Map<String, String> canonical = new HashMap<>();
        for (Parsed parsed : files) {
            for (TypeDecl type : parsed.model().types()) {
                canonical.putIfAbsent(type.binaryName().replace('$', '.'), type.binaryName());
            }
        }
        Map<String, Node> byId = new HashMap<>();
        Map<String, Lookup.Code> code = new HashMap<>();
        Map<String, String> aliases = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Parsed parsed : files) {
            MainFile file = parsed.model();
            Names names = new Names(file.packageName(), file.imports(), canonical);
            for (TypeDecl type : file.types()) {
                if (byId.containsKey(type.binaryName())) {
                    continue;
                }
                String enclosing = type.binaryName().replace('$', '.');
                Map<String, String> methods = new HashMap<>();
                type.methods().forEach((m, returnType) -> {
                    String resolved = names.resolve(returnType, enclosing);
                    methods.put(m, resolved != null ? resolved : returnType);
                });
                List<String> supertypes = new ArrayList<>();
                for (String s : type.supertypes()) {
                    String resolved = names.resolve(s, enclosing);
                    supertypes.add(resolved != null ? resolved : s);
                }
                List<Route> routes = new ArrayList<>();
                for (String classPath : type.classPaths()) {
                    for (RouteDecl route : type.routes()) {
                        routes.add(new Route(route.httpMethod(), join(classPath, route.path()), type.binaryName(),
                                route.method(), route.line()));
                    }
                }
                String role = role(type);
                byId.put(type.binaryName(), new Node(type.binaryName(), type.simpleName(), type.kind(), role,
                        parsed.file(), type.line()));
                code.put(type.binaryName(), new Lookup.Code(methods, supertypes, type.annotations(), routes));
                if (aliases.putIfAbsent(type.simpleName(), type.binaryName()) != null) {
                    ambiguous.add(type.simpleName());
                }
            }
        }
        ambiguous.forEach(aliases::remove);
        // An interface extending a repository interface of the module is a repository too.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node node : List.copyOf(byId.values())) {
                if (node.type().equals("repository")) {
                    continue;
                }
                for (String supertype : code.get(node.id()).supertypes()) {
                    Node parent = byId.get(supertype);
                    if (parent != null && parent.type().equals("repository")) {
                        byId.put(node.id(), new Node(node.id(), node.name(), node.kind(), "repository", node.file(),
                                node.line()));
                        changed = true;
                        break;
                    }
                }
            }
        }
        return new Index(new Lookup(byId, aliases, code, Map.of()), canonical);
    }

    /** What its annotations (or supertypes, or name for a repository) make a type; else its kind. */
    static String role(TypeDecl type) {
        List<String> a = type.annotations();
        if (a.contains("RestController") || a.contains("Controller")) {
            return "controller";
        }
        if (a.contains("Service")) {
            return "service";
        }
        if (a.contains("Repository")) {
            return "repository";
        }
        if (a.contains("Entity") || a.contains("Embeddable") || a.contains("MappedSuperclass")
                || a.contains("Document")) {
            return "entity";
        }
        if (a.contains("Configuration")) {
            return "configuration";
        }
        if (a.contains("Component")) {
            return "component";
        }
        for (String supertype : type.supertypes()) {
            if (REPOSITORY_BASES.contains(SourceParser.simple(supertype))) {
                return "repository";
            }
        }
        if (type.simpleName().endsWith("Repository") && !type.kind().equals("annotation")) {
            return "repository";
        }
        return type.kind();
    }

    static String join(String classPath, String methodPath) {
        String a = classPath == null ? "" : classPath.strip();
        String b = methodPath == null ? "" : methodPath.strip();
        String joined = (a.isEmpty() || a.startsWith("/") ? a : "/" + a)
                + (b.isEmpty() ? "" : (b.startsWith("/") ? b : "/" + b));
        joined = joined.replaceAll("/+", "/");
        return joined.isEmpty() ? "/" : joined;
    }
}

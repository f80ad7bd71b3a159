package dev.tracer.scenario.adapter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index that joins extracted steps to production code and to what ran: what adapters see of the module.
 *
 * @param byId    node id → node
 * @param aliases simple name → node id, for simple names that name one node only
 * @param code    node id → what is known of its code (methods and their return types, supertypes, routes)
 * @param runtime scenario id → the tests that ran it; empty while adapters classify (extraction comes first, and
 *                the run is joined into the scenarios afterwards)
 */
public record Lookup(Map<String, Node> byId, Map<String, String> aliases, Map<String, Code> code,
        Map<String, List<ScenarioCase>> runtime) {

    public Lookup {
        byId = Map.copyOf(byId);
        aliases = Map.copyOf(aliases);
        code = Map.copyOf(code);
        runtime = Map.copyOf(runtime);
    }

    /**
     * @param methods     method name → return type: a node id when the type is a node, else as written
     * @param supertypes  extended and implemented types: node ids when they are nodes, else canonical or as written
     * @param annotations simple names
     * @param routes      its request mappings (controllers)
     */
    public record Code(Map<String, String> methods, List<String> supertypes, List<String> annotations,
            List<Route> routes) {
        public Code {
            methods = Map.copyOf(methods);
            supertypes = List.copyOf(supertypes);
            annotations = List.copyOf(annotations);
            routes = List.copyOf(routes);
        }
    }

    public Optional<Node> node(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public boolean isNode(String id) {
        return id != null && byId.containsKey(id);
    }

    /** The return type of {@code method} on node {@code nodeId}, or null when unknown. */
    public String returnType(String nodeId, String method) {
        Code c = nodeId == null ? null : code.get(nodeId);
        return c == null ? null : c.methods().get(method);
    }

    /** Every route of every controller, sorted by path, then method. */
    public List<Route> routes() {
        List<Route> all = new ArrayList<>();
        code.values().forEach(c -> all.addAll(c.routes()));
        all.sort(Comparator.comparing(Route::path).thenComparing(r -> r.httpMethod() == null ? "" : r.httpMethod())
                .thenComparing(Route::nodeId).thenComparing(Route::method));
        return all;
    }

    /**
     * The route a request reaches: the one matching most segments literally, then one naming the HTTP method, then
     * the first by path.
     */
    public Optional<Route> route(String httpMethod, String path) {
        return routes().stream().filter(r -> r.matches(httpMethod, path))
                .max(Comparator.comparingInt((Route r) -> r.score(httpMethod, path))
                        .thenComparing(r -> r.httpMethod() != null));
    }
}

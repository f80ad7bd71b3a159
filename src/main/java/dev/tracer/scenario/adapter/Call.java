package dev.tracer.scenario.adapter;

import java.util.List;

/**
 * One call found in a test body, with the names around it resolved: what an adapter classifies. A fluent chain
 * {@code a.b(..).c(..)} gives one call per link, in order; {@link #chain()} and {@link #index()} show the whole chain.
 *
 * @param kind          {@code method}, {@code new} (a constructor call), or {@code field} (an annotated field of the
 *                      test class: {@code name} is the field, {@code receiverType} its type, {@code annotations} its
 *                      annotations)
 * @param name          the method name; for {@code new}, the type as written
 * @param scope         the receiver as written ({@code service}, {@code Assertions}); null when unqualified
 * @param receiverType  the receiver's type: a binary name when resolved (through imports, the package, local and
 *                      field declarations, {@code var} initializers, return types of nodes), else as written, else
 *                      null. For {@code new}, the constructed type
 * @param receiverNode  {@code receiverType} when it is a node of the module, else null
 * @param staticOwners  for an unqualified call: the types it may be statically imported from (a single static import,
 *                      else every static on-demand import), canonical names
 * @param arguments     the arguments' source text
 * @param argumentTypes per argument, its type when plain from the source ({@code X.class}, {@code new X()}, a variable
 *                      or field), resolved like {@code receiverType}; else null
 * @param nested        the calls inside the arguments (in lambdas too), each the first link of its chain
 * @param chain         every link of the chain this call belongs to
 * @param index         this call's position in {@code chain}
 * @param line          the line of the call
 * @param snippet       the whole chain's source text
 * @param phase         {@code setup} or {@code call}
 * @param testName      the test method's name; null in setup (its steps are shared by the class's tests)
 * @param annotations   for {@code field}: the simple names of the field's annotations; else empty
 */
public record Call(
        String kind,
        String name,
        String scope,
        String receiverType,
        String receiverNode,
        List<String> staticOwners,
        List<String> arguments,
        List<String> argumentTypes,
        List<Call> nested,
        List<Link> chain,
        int index,
        int line,
        String snippet,
        String phase,
        String testName,
        List<String> annotations) {

    public static final String METHOD = "method";
    public static final String NEW = "new";
    public static final String FIELD = "field";

    /** One link of a chain: method name, arguments' text and plain types (as in {@link Call}), line. */
    public record Link(String name, List<String> arguments, List<String> argumentTypes, int line) {
        public Link {
            arguments = List.copyOf(arguments);
            argumentTypes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(argumentTypes));
        }
    }

    public Call {
        staticOwners = staticOwners == null ? List.of() : List.copyOf(staticOwners);
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        argumentTypes = argumentTypes == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(argumentTypes));
        nested = nested == null ? List.of() : List.copyOf(nested);
        chain = chain == null ? List.of() : List.copyOf(chain);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** The argument at {@code i}, or null. */
    public String argument(int i) {
        return i < arguments.size() ? arguments.get(i) : null;
    }

    /** The plain type of the argument at {@code i}, or null. */
    public String argumentType(int i) {
        return i < argumentTypes.size() ? argumentTypes.get(i) : null;
    }

    /** The link after this call in its chain, or null. */
    public Link next() {
        return index + 1 < chain.size() ? chain.get(index + 1) : null;
    }

    /** The chain's last link. */
    public Link last() {
        return chain.get(chain.size() - 1);
    }

    /** True for a chain's first call. */
    public boolean first() {
        return index == 0;
    }

    /**
     * True when the call is made on one of {@code types} (canonical names): qualified by it ({@code Assertions.x()},
     * {@code org.junit.Assert.x()}) or statically imported from it.
     */
    public boolean on(java.util.Collection<String> types) {
        if (scope != null) {
            if (types.contains(scope) || (receiverType != null && types.contains(receiverType))) {
                return true;
            }
            for (String type : types) {
                if (type.endsWith("." + scope)) {
                    return true;
                }
            }
            return false;
        }
        for (String owner : staticOwners) {
            if (types.contains(owner)) {
                return true;
            }
        }
        return false;
    }
}

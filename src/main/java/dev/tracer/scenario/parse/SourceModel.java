package dev.tracer.scenario.parse;

import java.util.List;
import java.util.Map;

/**
 * The compact model kept of each parsed source file: what scenario extraction needs, with the syntax tree dropped.
 * Names are as written in the source; they are resolved later against the node index, so that a file's model depends
 * on its content only and can be cached by content hash.
 */
public final class SourceModel {

    private SourceModel() {
    }

    /**
     * @param single         simple name → imported canonical name
     * @param onDemand       packages (or types) imported with {@code .*}
     * @param staticSingle   member name → canonical name of the type it is imported from
     * @param staticOnDemand types whose static members are all imported
     */
    public record Imports(Map<String, String> single, List<String> onDemand, Map<String, String> staticSingle,
            List<String> staticOnDemand) {
        public Imports {
            single = Map.copyOf(single);
            onDemand = List.copyOf(onDemand);
            staticSingle = Map.copyOf(staticSingle);
            staticOnDemand = List.copyOf(staticOnDemand);
        }
    }

    /** A construct the parser rejected or the extractor skipped, at a line of the file (0 when unknown). */
    public record Problem(int line, String message) {
    }

    /** A parsed file of either kind; {@code test} or {@code main} is set. */
    public record FileModel(TestFile test, MainFile main) {
    }

    // ---------------------------------------------------------------- test sources

    public record TestFile(String packageName, Imports imports, List<TestClass> classes, List<Problem> problems) {
        public TestFile {
            classes = List.copyOf(classes);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param binaryName  {@code shop.CartTest$WithDiscount}
     * @param displayName the {@code @DisplayName} value, or null
     * @param nested      a {@code @Nested} (or otherwise inner) class
     * @param fields      the fields, in declaration order
     * @param setup       the {@code @BeforeEach}/{@code @Before} methods, in declaration order
     * @param tests       the test methods
     */
    public record TestClass(String binaryName, String simpleName, String displayName, List<String> tags,
            boolean nested, boolean isAbstract, int line, List<Field> fields, List<Method> setup, List<Method> tests) {
        public TestClass {
            tags = List.copyOf(tags);
            fields = List.copyOf(fields);
            setup = List.copyOf(setup);
            tests = List.copyOf(tests);
        }
    }

    /** @param annotations simple names of the field's annotations ({@code Mock}, {@code Autowired}) */
    public record Field(String name, String type, List<String> annotations, int line, List<Chain> initializer) {
        public Field {
            annotations = List.copyOf(annotations);
            initializer = List.copyOf(initializer);
        }
    }

    /**
     * A test or setup method.
     *
     * @param annotation  the annotation that makes it a test ({@code Test}, {@code ParameterizedTest}...) or setup
     *                    ({@code BeforeEach}, {@code Before})
     * @param displayName the {@code @DisplayName} value, or null
     * @param locals      local variables, lambda and catch parameters of the body: name → how its type is known
     * @param body        the call chains of the body, outermost ones, in source order
     */
    public record Method(String name, int line, String annotation, String displayName, List<String> tags,
            Map<String, Local> locals, List<Chain> body) {
        public Method {
            tags = List.copyOf(tags);
            locals = Map.copyOf(locals);
            body = List.copyOf(body);
        }
    }

    /**
     * How the type of a local variable is known: declared ({@code type}), or for {@code var}, from its initializer:
     * {@code new X(..)} gives {@code type}; {@code scope.m1(..).m2(..)} gives {@code fromScope} and {@code fromCalls}
     * (return types looked up in the node index).
     */
    public record Local(String type, String fromScope, List<String> fromCalls) {
        public Local {
            fromCalls = fromCalls == null ? List.of() : List.copyOf(fromCalls);
        }
    }

    /**
     * A fluent chain of calls, {@code scope.link1(..).link2(..)}, the unit the walker finds in source order.
     *
     * @param scope      the receiver of the first link as written ({@code service}, {@code this.repo},
     *                   {@code Owner}, {@code Assertions}); null for an unqualified call or a constructor
     * @param snippet    the chain's source text, whitespace collapsed, cut at 300 characters
     * @param assignedTo the variable the chain's value is assigned to, or null
     */
    public record Chain(String scope, String snippet, String assignedTo, List<Link> links) {
        public Chain {
            links = List.copyOf(links);
        }
    }

    /**
     * One call of a chain.
     *
     * @param kind          {@code method} or {@code new}
     * @param name          the method name, or the constructed type as written (type arguments dropped)
     * @param arguments     the arguments' source text
     * @param argumentTypes per argument, the type it names when that is plain from the text ({@code X.class} → X,
     *                      {@code new X(..)} → X), else null; a simple name is kept as {@code =name} for the
     *                      resolver to look up among locals and fields
     * @param line          the line of the method name (the line a stack trace shows for this call)
     * @param nested        the chains inside the arguments (in lambdas too), in source order
     */
    public record Link(String kind, String name, List<String> arguments, List<String> argumentTypes, int line,
            List<Chain> nested) {
        public Link {
            arguments = List.copyOf(arguments);
            argumentTypes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(argumentTypes));
            nested = List.copyOf(nested);
        }
    }

    // ---------------------------------------------------------------- main sources

    public record MainFile(String packageName, Imports imports, List<TypeDecl> types, List<Problem> problems) {
        public MainFile {
            types = List.copyOf(types);
            problems = List.copyOf(problems);
        }
    }

    /**
     * A production type.
     *
     * @param kind        {@code class}, {@code interface}, {@code record}, {@code enum}, {@code annotation}
     * @param annotations simple names of its annotations
     * @param supertypes  extended and implemented types, as written (type arguments dropped)
     * @param methods     method name → return type as written (type arguments dropped; the first overload's);
     *                    record components as accessors
     * @param classPaths  the paths of a class-level {@code @RequestMapping}
     * @param routes      request mappings of its methods, paths relative to {@code classPaths}
     */
    public record TypeDecl(String binaryName, String simpleName, String kind, List<String> annotations,
            List<String> supertypes, int line, Map<String, String> methods, List<String> classPaths,
            List<RouteDecl> routes) {
        public TypeDecl {
            annotations = List.copyOf(annotations);
            supertypes = List.copyOf(supertypes);
            methods = Map.copyOf(methods);
            classPaths = List.copyOf(classPaths);
            routes = List.copyOf(routes);
        }
    }

    /** @param httpMethod {@code GET}... or null for a {@code @RequestMapping} without a method (any) */
    public record RouteDecl(String httpMethod, String path, String method, int line) {
    }
}

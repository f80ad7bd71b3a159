package dev.tracer.scenario.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.tracer.scenario.parse.SourceModel.Chain;
import dev.tracer.scenario.parse.SourceModel.Field;
import dev.tracer.scenario.parse.SourceModel.Imports;
import dev.tracer.scenario.parse.SourceModel.Link;
import dev.tracer.scenario.parse.SourceModel.Local;
import dev.tracer.scenario.parse.SourceModel.MainFile;
import dev.tracer.scenario.parse.SourceModel.Method;
import dev.tracer.scenario.parse.SourceModel.Problem;
import dev.tracer.scenario.parse.SourceModel.RouteDecl;
import dev.tracer.scenario.parse.SourceModel.TestClass;
import dev.tracer.scenario.parse.SourceModel.TestFile;
import dev.tracer.scenario.parse.SourceModel.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one source file's text into its {@link SourceModel}: parse, extract, drop the tree. Uses the parser it is
 * given, so one instance per thread. A file that does not parse gives an empty model with its problems (file and line
 * become warnings); nothing here throws on bad input.
 */
public final class SourceParser {

    /** Annotations that make a method a test (JUnit 5 and JUnit 4's {@code @Test} share a simple name). */
    static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory",
            "TestTemplate");
    static final Set<String> SETUP_ANNOTATIONS = Set.of("BeforeEach", "Before");
    private static final Set<String> MAPPINGS = Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping",
            "DeleteMapping", "PatchMapping");
    private static final int MAX_SNIPPET = 300;

    private final JavaParser parser;

    public SourceParser(JavaParser parser) {
        this.parser = parser;
    }

    // ---------------------------------------------------------------- parsing

    private Object parse(String text, List<Problem> problems) {
        try {
            ParseResult<CompilationUnit> result = parser.parse(text);
            if (result.isSuccessful() && result.getResult().isPresent()) {
                return result.getResult().get();
            }
            result.getProblems().forEach(p -> problems.add(new Problem(
                    p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0),
                    firstLine(p.getMessage()))));
            if (problems.isEmpty()) {
                problems.add(new Problem(0, "JavaParser could not parse the file"));
            }
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new Problem(0, "JavaParser failed: " + e));
        }
        return null;
    }

    public TestFile parseTest(String text) {
        List<Problem> problems = new ArrayList<>();
        if (!(parse(text, problems) instanceof CompilationUnit unit)) {
            return new TestFile("", emptyImports(), List.of(), problems);
        }
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<TestClass> classes = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            collectTests(type, (pkg.isEmpty() ? "" : pkg + ".") + type.getNameAsString(), false, classes, problems);
        }
        return new TestFile(pkg, imports(unit), classes, problems);
    }

    public MainFile parseMain(String text) {
        List<Problem> problems = new ArrayList<>();
        if (!(parse(text, problems) instanceof CompilationUnit unit)) {
            return new MainFile("", emptyImports(), List.of(), problems);
        }
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<TypeDecl> types = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            collectMain(type, (pkg.isEmpty() ? "" : pkg + ".") + type.getNameAsString(), types);
        }
        return new MainFile(pkg, imports(unit), types, problems);
    }

    private static Imports emptyImports() {
        return new Imports(Map.of(), List.of(), Map.of(), List.of());
    }

    private static Imports imports(CompilationUnit unit) {
        Map<String, String> single = new HashMap<>();
        List<String> onDemand = new ArrayList<>();
        Map<String, String> staticSingle = new HashMap<>();
        List<String> staticOnDemand = new ArrayList<>();
        for (ImportDeclaration imported : unit.getImports()) {
            if (imported.isModule()) {
                continue;
            }
            String name = imported.getNameAsString();
            int dot = name.lastIndexOf('.');
            if (imported.isStatic()) {
                if (imported.isAsterisk()) {
                    staticOnDemand.add(name);
                } else if (dot > 0) {
                    staticSingle.putIfAbsent(name.substring(dot + 1), name.substring(0, dot));
                }
            } else if (imported.isAsterisk()) {
                onDemand.add(name);
            } else {
                single.put(name.substring(dot + 1), name);
            }
        }
        return new Imports(single, onDemand, staticSingle, staticOnDemand);
    }

    // ---------------------------------------------------------------- test classes

    private void collectTests(TypeDeclaration<?> type, String binaryName, boolean nested, List<TestClass> out,
            List<Problem> problems) {
        List<Field> fields = new ArrayList<>();
        List<Method> setup = new ArrayList<>();
        List<Method> tests = new ArrayList<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                List<String> annotations = annotationNames(field);
                for (VariableDeclarator variable : field.getVariables()) {
                    List<Chain> initializer = new ArrayList<>();
                    Map<String, Local> ignored = new HashMap<>();
                    variable.getInitializer().ifPresent(init -> walk(init, ignored, initializer,
                            variable.getNameAsString()));
                    fields.add(new Field(variable.getNameAsString(), typeName(variable.getType()), annotations,
                            line(variable), initializer));
                }
            } else if (member instanceof MethodDeclaration method) {
                String testAnnotation = firstAnnotation(method, TEST_ANNOTATIONS);
                String setupAnnotation = firstAnnotation(method, SETUP_ANNOTATIONS);
                if (testAnnotation != null || setupAnnotation != null) {
                    Map<String, Local> locals = new HashMap<>();
                    for (Parameter parameter : method.getParameters()) {
                        locals.put(parameter.getNameAsString(), new Local(typeName(parameter.getType()), null, null));
                    }
                    List<Chain> body = new ArrayList<>();
                    method.getBody().ifPresent(b -> walk(b, locals, body, null));
                    Method m = new Method(method.getNameAsString(), line(method.getName()),
                            testAnnotation != null ? testAnnotation : setupAnnotation,
                            stringValue(method, "DisplayName"), tags(method), locals, body);
                    (testAnnotation != null ? tests : setup).add(m);
                }
            }
        }
        boolean isAbstract = type instanceof ClassOrInterfaceDeclaration c && (c.isAbstract() || c.isInterface());
        out.add(new TestClass(binaryName, type.getNameAsString(), stringValue(type, "DisplayName"), tags(type), nested,
                isAbstract, line(type.getName()), fields, setup, tests));
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> inner) {
                boolean isStatic = inner.hasModifier(Modifier.Keyword.STATIC)
                        || !(inner instanceof ClassOrInterfaceDeclaration c2) || c2.isInterface();
                collectTests(inner, binaryName + "$" + inner.getNameAsString(), !isStatic, out, problems);
            }
        }
    }

    // ---------------------------------------------------------------- the walker

    /**
     * Finds the outermost call chains under {@code node} in source order, recording local variables on the way.
     * Bodies of anonymous and local classes are not entered.
     */
    private void walk(Node node, Map<String, Local> locals, List<Chain> out, String assignedTo) {
        if (node instanceof MethodCallExpr || node instanceof ObjectCreationExpr) {
            out.add(chain((Expression) node, locals, assignedTo));
            return;
        }
        if (node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt
                || node instanceof TypeDeclaration<?>) {
            return;
        }
        if (node instanceof VariableDeclarator variable) {
            Type type = variable.getType();
            Optional<Expression> init = variable.getInitializer();
            locals.put(variable.getNameAsString(), isVar(type)
                    ? init.map(SourceParser::inferred).orElse(new Local(null, null, null))
                    : new Local(typeName(type), null, null));
            init.ifPresent(i -> walk(i, locals, out, variable.getNameAsString()));
            return;
        }
        if (node instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target) {
            walk(assign.getValue(), locals, out, target.getNameAsString());
            return;
        }
        if (node instanceof Parameter parameter) {
            if (!parameter.getType().isUnknownType() && !isVar(parameter.getType())) {
                locals.put(parameter.getNameAsString(), new Local(typeName(parameter.getType()), null, null));
            } else {
                locals.putIfAbsent(parameter.getNameAsString(), new Local(null, null, null));
            }
            return;
        }
        for (Node child : node.getChildNodes()) {
            walk(child, locals, out, null);
        }
    }

    /** {@code var}: a VarType after a language level's post-processing, a type named {@code var} without it. */
    static boolean isVar(Type type) {
        return type.isVarType() || (type instanceof ClassOrInterfaceType c && c.getScope().isEmpty()
                && c.getTypeArguments().isEmpty() && c.getNameAsString().equals("var"));
    }

    private static Local inferred(Expression init) {
        if (init instanceof ObjectCreationExpr created) {
            return new Local(typeName(created.getType()), null, null);
        }
        if (init instanceof MethodCallExpr call) {
            List<String> calls = new ArrayList<>();
            Expression e = call;
            while (e instanceof MethodCallExpr m) {
                calls.add(0, m.getNameAsString());
                e = m.getScope().orElse(null);
            }
            if (e instanceof ObjectCreationExpr created) {
                return new Local(null, "new " + typeName(created.getType()), calls);
            }
            String scope = scopeText(e);
            return new Local(null, scope, calls);
        }
        if (init instanceof NameExpr name) {
            return new Local(null, name.getNameAsString(), List.of());
        }
        return new Local(null, null, null);
    }

    private Chain chain(Expression outer, Map<String, Local> locals, String assignedTo) {
        List<Link> links = new ArrayList<>();
        Expression e = outer;
        while (true) {
            if (e instanceof MethodCallExpr m) {
                links.add(0, link("method", m.getNameAsString(), m.getArguments(), line(m.getName()), locals));
                e = m.getScope().orElse(null);
            } else if (e instanceof ObjectCreationExpr created) {
                links.add(0, link("new", typeName(created.getType()), created.getArguments(), line(created), locals));
                e = created.getScope().orElse(null);
                break;
            } else {
                break;
            }
        }
        return new Chain(e == null ? null : scopeText(e), snippet(outer), assignedTo, links);
    }

    private Link link(String kind, String name, NodeList<Expression> arguments, int line, Map<String, Local> locals) {
        List<String> texts = new ArrayList<>(arguments.size());
        List<String> types = new ArrayList<>(arguments.size());
        List<Chain> nested = new ArrayList<>();
        for (Expression argument : arguments) {
            texts.add(snippet(argument));
            types.add(argumentType(argument));
            walk(argument, locals, nested, null);
        }
        return new Link(kind, name, texts, types, line, nested);
    }

    private static String argumentType(Expression argument) {
        if (argument instanceof ClassExpr c) {
            return typeName(c.getType());
        }
        if (argument instanceof ObjectCreationExpr created) {
            return typeName(created.getType());
        }
        if (argument instanceof NameExpr name) {
            return "=" + name.getNameAsString();
        }
        if (argument instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            return "=" + field.getNameAsString();
        }
        return null;
    }

    /** A receiver as written; {@code this.x} becomes {@code x} (a field). */
    private static String scopeText(Expression e) {
        if (e == null) {
            return null;
        }
        if (e instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (e instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            return field.getNameAsString();
        }
        if (e instanceof ThisExpr) {
            return "this";
        }
        return snippet(e);
    }

    // ---------------------------------------------------------------- main types

    private static void collectMain(TypeDeclaration<?> type, String binaryName, List<TypeDecl> out) {
        String kind = type instanceof RecordDeclaration ? "record"
                : type instanceof EnumDeclaration ? "enum"
                : type instanceof AnnotationDeclaration ? "annotation"
                : type instanceof ClassOrInterfaceDeclaration c && c.isInterface() ? "interface" : "class";
        List<String> supertypes = new ArrayList<>();
        if (type instanceof NodeWithExtends<?> extending) {
            extending.getExtendedTypes().forEach(t -> supertypes.add(typeName(t)));
        }
        if (type instanceof NodeWithImplements<?> implementing) {
            implementing.getImplementedTypes().forEach(t -> supertypes.add(typeName(t)));
        }
        Map<String, String> methods = new LinkedHashMap<>();
        if (type instanceof RecordDeclaration record) {
            record.getParameters().forEach(p -> methods.putIfAbsent(p.getNameAsString(), typeName(p.getType())));
        }
        List<RouteDecl> routes = new ArrayList<>();
        for (MethodDeclaration method : type.getMethods()) {
            methods.putIfAbsent(method.getNameAsString(), typeName(method.getType()));
            for (AnnotationExpr annotation : method.getAnnotations()) {
                String name = simple(annotation.getNameAsString());
                if (!MAPPINGS.contains(name)) {
                    continue;
                }
                List<String> httpMethods = name.equals("RequestMapping")
                        ? requestMethods(annotation)
                        : List.of(name.substring(0, name.length() - "Mapping".length()).toUpperCase(Locale.ROOT));
                List<String> paths = paths(annotation);
                for (String httpMethod : httpMethods.isEmpty() ? java.util.Collections.<String>singletonList(null)
                        : httpMethods) {
                    for (String path : paths) {
                        routes.add(new RouteDecl(httpMethod, path, method.getNameAsString(), line(method.getName())));
                    }
                }
            }
        }
        List<String> classPaths = type.getAnnotationByName("RequestMapping").map(SourceParser::paths)
                .orElse(List.of(""));
        out.add(new TypeDecl(binaryName, type.getNameAsString(), kind, annotationNames(type), supertypes,
                line(type.getName()), methods, classPaths, routes));
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> inner) {
                collectMain(inner, binaryName + "$" + inner.getNameAsString(), out);
            }
        }
    }

    /** {@code @GetMapping("/x")}, {@code (value = ..)}, {@code (path = {..})}; {@code ""} when none is given. */
    private static List<String> paths(AnnotationExpr annotation) {
        List<String> paths = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            strings(single.getMemberValue(), paths);
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals("value") || pair.getNameAsString().equals("path")) {
                    strings(pair.getValue(), paths);
                }
            }
        }
        return paths.isEmpty() ? List.of("") : paths;
    }

    private static List<String> requestMethods(AnnotationExpr annotation) {
        List<String> methods = new ArrayList<>();
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals("method")) {
                    List<Expression> values = pair.getValue() instanceof ArrayInitializerExpr array
                            ? array.getValues() : List.of(pair.getValue());
                    for (Expression value : values) {
                        String text = value.toString();
                        methods.add(text.substring(text.lastIndexOf('.') + 1));
                    }
                }
            }
        }
        return methods;
    }

    // ---------------------------------------------------------------- small helpers

    private static void strings(Expression value, List<String> out) {
        if (value instanceof StringLiteralExpr s) {
            out.add(s.asString());
        } else if (value instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> strings(v, out));
        }
    }

    private static String firstAnnotation(NodeWithAnnotations<?> node, Set<String> names) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            String name = simple(annotation.getNameAsString());
            if (names.contains(name)) {
                return name;
            }
        }
        return null;
    }

    private static List<String> annotationNames(NodeWithAnnotations<?> node) {
        List<String> names = new ArrayList<>();
        node.getAnnotations().forEach(a -> names.add(simple(a.getNameAsString())));
        return names;
    }

    private static String stringValue(NodeWithAnnotations<?> node, String annotation) {
        for (AnnotationExpr a : node.getAnnotations()) {
            if (simple(a.getNameAsString()).equals(annotation)) {
                List<String> values = new ArrayList<>();
                if (a instanceof SingleMemberAnnotationExpr single) {
                    strings(single.getMemberValue(), values);
                } else if (a instanceof NormalAnnotationExpr normal) {
                    normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                            .forEach(p -> strings(p.getValue(), values));
                }
                return values.isEmpty() ? null : values.get(0);
            }
        }
        return null;
    }

    /** {@code @Tag("x")}, repeated, or inside {@code @Tags({..})}. */
    private static List<String> tags(NodeWithAnnotations<?> node) {
        List<String> tags = new ArrayList<>();
        for (AnnotationExpr a : node.getAnnotations()) {
            String name = simple(a.getNameAsString());
            if (name.equals("Tag") && a instanceof SingleMemberAnnotationExpr single) {
                strings(single.getMemberValue(), tags);
            } else if (name.equals("Tags") && a instanceof SingleMemberAnnotationExpr tagsAnnotation) {
                tagsAnnotation.getMemberValue().findAll(SingleMemberAnnotationExpr.class)
                        .forEach(inner -> strings(inner.getMemberValue(), tags));
            }
        }
        return tags;
    }

    static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** A type as written without type arguments or annotations: {@code Map.Entry<K, V>} → {@code Map.Entry}. */
    static String typeName(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return c.getNameWithScope();
        }
        if (type.isArrayType()) {
            return typeName(type.asArrayType().getComponentType()) + "[]";
        }
        return type.asString();
    }

    private static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }

    static String snippet(Node node) {
        String text = node.getTokenRange().map(TokenRange::toString).orElseGet(node::toString);
        String collapsed = collapseWhitespace(text).strip();
        return collapsed.length() > MAX_SNIPPET ? collapsed.substring(0, MAX_SNIPPET) + "…" : collapsed;
    }

    /** {@code text.replaceAll("\\s+", " ")} without a regex (it runs for every call and argument of every test). */
    static String collapseWhitespace(String text) {
        int n = text.length();
        int i = 0;
        // the common case: no whitespace but single spaces
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < n && isRegexSpace(text.charAt(i + 1)))) {
                break;
            }
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        boolean space = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** The characters of the regex class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}

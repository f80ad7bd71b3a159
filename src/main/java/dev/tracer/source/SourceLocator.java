package dev.tracer.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.tracer.io.DisplayPaths;
import dev.tracer.model.ClassFailure;
import dev.tracer.model.SkippedClass;
import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds tests and failing lines in a module's test sources.
 *
 * <p>Each source file is read and parsed at most once, with JavaParser at its newest language level (records, pattern
 * switches, unnamed variables). Only a compact model is kept per file (named types → method name → line of the
 * method's name, the supertypes as written, the imports, and the file's lines for {@link #lineText}); the syntax
 * tree is dropped. A file that does not parse still gives its lines, but no method lines. Nothing here throws on bad
 * input: not found is {@code null} or empty. One instance per module; not thread-safe.
 *
 * <p>A test method inherited from a superclass or an interface (an abstract base test) is found by following the
 * {@code extends}/{@code implements} clauses through the same file, single-type imports, the same package and
 * on-demand imports, as far as the test source roots reach; no symbol solver.
 */
public final class SourceLocator {

    private static final int MAX_SUPERTYPE_DEPTH = 10;

    /** Where a method is declared. {@code className} is the binary name of the declaring type. */
    public record Declaration(Path file, String className, int line) {
    }

    private record TypeModel(Map<String, Integer> methodLines, List<String> supertypes) {
    }

    private record FileModel(
            Path file,
            String packageName,
            Map<String, TypeModel> types,
            Map<String, String> singleImports,
            List<String> onDemandImports,
            List<String> lines) {
    }

    private final List<Path> roots;
    private final Path executionRoot;
    /** Created on first use: JavaParser takes a while to load, and a green run in the default view parses nothing. */
    private JavaParser parser;
    private final Map<String, Optional<Path>> filesByTopLevel = new HashMap<>();
    private final Map<Path, FileModel> models = new HashMap<>();

    /**
     * @param testSourceRoots the module's test compile source roots, searched in order
     * @param executionRoot   the directory Maven ran in; paths in the document are relative to it
     */
    public SourceLocator(List<Path> testSourceRoots, Path executionRoot) {
        this.roots = List.copyOf(testSourceRoots);
        this.executionRoot = executionRoot.toAbsolutePath().normalize();
    }

    private JavaParser parser() {
        if (parser == null) {
            parser = JavaSources.newParser();
        }
        return parser;
    }

    /**
     * The source file declaring a class: {@code a.b.Outer$Inner$1} → the first root containing {@code a/b/Outer.java}.
     * Empty for a name that is not a binary class name (a display name from a custom {@code DisplayNameGenerator}).
     */
    public Optional<Path> sourceFile(String binaryClassName) {
        String topLevel = topLevel(binaryClassName);
        if (topLevel == null) {
            return Optional.empty();
        }
        return filesByTopLevel.computeIfAbsent(topLevel, this::findFile);
    }

    private Optional<Path> findFile(String topLevel) {
        String[] segments = topLevel.split("\\.");
        for (Path root : roots) {
            Path candidate = root;
            for (int i = 0; i < segments.length - 1; i++) {
                candidate = candidate.resolve(segments[i]);
            }
            candidate = candidate.resolve(segments[segments.length - 1] + ".java");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The line of the name of {@code method} declared in the (possibly nested) class itself; the first declaration
     * when overloaded; null when not found.
     */
    public Integer methodLine(String binaryClassName, String method) {
        if (method == null) {
            return null;
        }
        TypeModel type = type(binaryClassName);
        return type == null ? null : type.methodLines().get(method);
    }

    /**
     * Where {@code method} is declared for {@code binaryClassName}: in the class itself, else in its supertypes found
     * in the test sources (depth first, {@code extends} before {@code implements}).
     */
    public Optional<Declaration> findMethod(String binaryClassName, String method) {
        if (method == null) {
            return Optional.empty();
        }
        return findMethod(binaryClassName, method, new HashSet<>(), 0);
    }

    private Optional<Declaration> findMethod(String className, String method, Set<String> visited, int depth) {
        if (depth > MAX_SUPERTYPE_DEPTH || !visited.add(className)) {
            return Optional.empty();
        }
        FileModel model = sourceFile(className).map(this::model).orElse(null);
        TypeModel type = model == null ? null : model.types().get(className);
        if (type == null) {
            return Optional.empty();
        }
        Integer line = type.methodLines().get(method);
        if (line != null) {
            return Optional.of(new Declaration(model.file(), className, line));
        }
        for (String supertype : type.supertypes()) {
            String resolved = resolve(supertype, model, className);
            if (resolved != null) {
                Optional<Declaration> found = findMethod(resolved, method, visited, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The text of a 1-based line, trimmed; null when the file cannot be read or has no such line. */
    public String lineText(Path file, int line) {
        FileModel model = model(file);
        if (model == null || line < 1 || line > model.lines().size()) {
            return null;
        }
        return model.lines().get(line - 1).strip();
    }

    /** The path as the document shows it: see {@link DisplayPaths#relative}. */
    public String relative(Path file) {
        return DisplayPaths.relative(executionRoot, file);
    }

    /**
     * The test with its module, its source file, the line of its method, and each failure's failing line: the
     * deepest frame (nearest the throw) in the test's own code, which is the test class, classes nested in the same
     * top-level class, and the class declaring an inherited test method. For an inherited method, {@code file} is
     * the file that declares it, so that {@code file} and {@code line} always go together.
     */
    public TestCase locate(TestCase test, String module) {
        String className = test.className();
        Declaration declaration = findMethod(className, test.method()).orElse(null);
        Path file = declaration != null ? declaration.file() : sourceFile(className).orElse(null);
        Integer line = declaration != null ? declaration.line() : null;
        Set<String> ownCode = new HashSet<>();
        addTopLevel(ownCode, className);
        if (declaration != null) {
            addTopLevel(ownCode, declaration.className());
        }
        return test.withLocation(module, file == null ? null : relative(file), line)
                .withFailures(locate(test.failures(), ownCode));
    }

    /** The class failure with its module, its source file and each failure's failing line in that class. */
    public ClassFailure locate(ClassFailure failure, String module) {
        String className = failure.className();
        Set<String> ownCode = new HashSet<>();
        addTopLevel(ownCode, className);
        String file = sourceFile(className).map(this::relative).orElse(null);
        return new ClassFailure(className, module, file, locate(failure.failures(), ownCode));
    }

    public SkippedClass locate(SkippedClass skipped, String module) {
        return skipped.withLocation(module, sourceFile(skipped.className()).map(this::relative).orElse(null));
    }

    private List<Failure> locate(List<Failure> failures, Set<String> ownCode) {
        if (failures == null) {
            return null;
        }
        List<Failure> located = new ArrayList<>(failures.size());
        for (Failure failure : failures) {
            located.add(locate(failure, ownCode));
        }
        return located;
    }

    private Failure locate(Failure failure, Set<String> ownCode) {
        for (StackFrame frame : failure.stacktrace()) {
            if (frame.line() == null || !ownCode.contains(topLevel(frame.className()))) {
                continue;
            }
            Optional<Path> file = sourceFile(frame.className());
            if (file.isEmpty() || (frame.file() != null && !frame.file().equals(file.get().getFileName().toString()))) {
                return failure;
            }
            return new Failure(failure.kind(), failure.type(), failure.message(), failure.expected(), failure.actual(),
                    relative(file.get()), frame.line(), lineText(file.get(), frame.line()), failure.stacktrace());
        }
        return failure;
    }

    private static void addTopLevel(Set<String> set, String binaryClassName) {
        String topLevel = topLevel(binaryClassName);
        if (topLevel != null) {
            set.add(topLevel);
        }
    }

    // ---------------------------------------------------------------- the per-file model

    private TypeModel type(String binaryClassName) {
        FileModel model = sourceFile(binaryClassName).map(this::model).orElse(null);
        return model == null ? null : model.types().get(binaryClassName);
    }

    private FileModel model(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (models.containsKey(key)) {
            return models.get(key);
        }
        FileModel model = buildModel(key);
        models.put(key, model);
        return model;
    }

    private FileModel buildModel(Path file) {
        String text;
        try {
            text = JavaSources.read(file);
        } catch (IOException e) {
            return null;
        }
        List<String> lines = List.of(text.split("\\R", -1));
        Map<String, TypeModel> types = new LinkedHashMap<>();
        Map<String, String> singleImports = new HashMap<>();
        List<String> onDemandImports = new ArrayList<>();
        String packageName = "";
        try {
            ParseResult<CompilationUnit> result = parser().parse(text);
            if (result.isSuccessful() && result.getResult().isPresent()) {
                CompilationUnit unit = result.getResult().get();
                packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
                for (ImportDeclaration imported : unit.getImports()) {
                    if (imported.isStatic()) {
                        continue;
                    }
                    String name = imported.getNameAsString();
                    if (imported.isAsterisk()) {
                        onDemandImports.add(name);
                    } else {
                        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
                    }
                }
                String prefix = packageName.isEmpty() ? "" : packageName + ".";
                for (TypeDeclaration<?> type : unit.getTypes()) {
                    collect(type, prefix + type.getNameAsString(), types);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            types.clear();
        }
        return new FileModel(file, packageName, Map.copyOf(types), Map.copyOf(singleImports),
                List.copyOf(onDemandImports), lines);
    }

    private static void collect(TypeDeclaration<?> type, String binaryName, Map<String, TypeModel> types) {
        Map<String, Integer> methods = new HashMap<>();
        for (MethodDeclaration method : type.getMethods()) {
            method.getName().getBegin().ifPresent(begin -> methods.putIfAbsent(method.getNameAsString(), begin.line));
        }
        List<String> supertypes = new ArrayList<>();
        if (type instanceof NodeWithExtends<?> extending) {
            for (ClassOrInterfaceType supertype : extending.getExtendedTypes()) {
                supertypes.add(supertype.getNameWithScope());
            }
        }
        if (type instanceof NodeWithImplements<?> implementing) {
            for (ClassOrInterfaceType supertype : implementing.getImplementedTypes()) {
                supertypes.add(supertype.getNameWithScope());
            }
        }
        types.put(binaryName, new TypeModel(Map.copyOf(methods), List.copyOf(supertypes)));
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                collect(nested, binaryName + "$" + nested.getNameAsString(), types);
            }
        }
    }

    // ---------------------------------------------------------------- names

    /** The binary name of a supertype written as {@code name} inside {@code fromClass}; null when not in the sources. */
    private String resolve(String name, FileModel model, String fromClass) {
        String[] segments = name.split("\\.");
        String first = segments[0];
        String rest = segments.length == 1 ? "" : "$" + String.join("$", List.of(segments).subList(1, segments.length));
        // a type declared in the same file, innermost enclosing scope first
        for (String scope = fromClass; scope != null; scope = enclosing(scope)) {
            String candidate = scope + "$" + first;
            if (model.types().containsKey(candidate)) {
                return existing(candidate + rest);
            }
        }
        String prefix = model.packageName().isEmpty() ? "" : model.packageName() + ".";
        if (model.types().containsKey(prefix + first)) {
            return existing(prefix + first + rest);
        }
        String imported = model.singleImports().get(first);
        if (imported != null) {
            return fromCanonical(imported + (segments.length == 1 ? "" : name.substring(first.length())));
        }
        String samePackage = existing(prefix + first + rest);
        if (samePackage != null) {
            return samePackage;
        }
        for (String onDemand : model.onDemandImports()) {
            String found = fromCanonical(onDemand + "." + name);
            if (found != null) {
                return found;
            }
        }
        return segments.length > 1 ? fromCanonical(name) : null;
    }

    /** {@code a.b.Outer.Inner} → {@code a.b.Outer$Inner}, when such a type is in the sources. */
    private String fromCanonical(String canonical) {
        String[] segments = canonical.split("\\.");
        for (int top = segments.length - 1; top >= 0; top--) {
            StringBuilder binary = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                if (i > 0) {
                    binary.append(i <= top ? '.' : '$');
                }
                binary.append(segments[i]);
            }
            String found = existing(binary.toString());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String existing(String binaryClassName) {
        return type(binaryClassName) != null ? binaryClassName : null;
    }

    private static String enclosing(String binaryClassName) {
        int dollar = binaryClassName.lastIndexOf('$');
        return dollar < 0 ? null : binaryClassName.substring(0, dollar);
    }

    /**
     * {@code a.b.Outer$Inner$1} → {@code a.b.Outer}; null when the name is not a binary class name (segments of Java
     * identifier characters separated by dots).
     */
    static String topLevel(String binaryClassName) {
        if (binaryClassName == null || binaryClassName.isEmpty()) {
            return null;
        }
        for (String segment : binaryClassName.split("\\.", -1)) {
            if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
                return null;
            }
            for (int i = 1; i < segment.length(); i++) {
                if (!Character.isJavaIdentifierPart(segment.charAt(i))) {
                    return null;
                }
            }
        }
        int dollar = binaryClassName.indexOf('$');
        String topLevel = dollar < 0 ? binaryClassName : binaryClassName.substring(0, dollar);
        return topLevel.isEmpty() || topLevel.endsWith(".") ? null : topLevel;
    }
}

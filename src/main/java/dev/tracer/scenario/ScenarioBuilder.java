package dev.tracer.scenario;

import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.scenario.parse.Names;
import dev.tracer.scenario.parse.NodeIndex;
import dev.tracer.scenario.parse.SourceModel.Chain;
import dev.tracer.scenario.parse.SourceModel.Field;
import dev.tracer.scenario.parse.SourceModel.Link;
import dev.tracer.scenario.parse.SourceModel.Local;
import dev.tracer.scenario.parse.SourceModel.Method;
import dev.tracer.scenario.parse.SourceModel.TestClass;
import dev.tracer.scenario.parse.SourceModel.TestFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the scenarios of one test file: resolves the names around each call, offers the calls to the adapters in
 * order (first match wins), and assembles each test method's flow (setup steps, then the body's). Thread-safe when
 * the adapters are; one instance per module.
 */
public final class ScenarioBuilder {

    private final Lookup lookup;
    private final Map<String, String> canonicalToBinary;
    private final List<ScenarioAdapter> adapters;
    private final String module;

    public ScenarioBuilder(NodeIndex.Index index, List<ScenarioAdapter> adapters, String module) {
        this.lookup = index.lookup();
        this.canonicalToBinary = index.canonicalToBinary();
        this.adapters = List.copyOf(adapters);
        this.module = module;
    }

    /** The scenarios of a file, and what could not be resolved (as {@code file:line: message}). */
    public record Built(List<Scenario> scenarios, List<String> warnings) {
    }

    public Built build(TestFile file, String relativePath) {
        Names names = new Names(file.packageName(), file.imports(), canonicalToBinary);
        Map<String, TestClass> classes = new HashMap<>();
        file.classes().forEach(c -> classes.put(c.binaryName(), c));
        List<Scenario> scenarios = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (TestClass testClass : file.classes()) {
            if (testClass.tests().isEmpty()) {
                continue;
            }
            List<TestClass> scope = enclosing(testClass, classes);
            FileContext context = new FileContext(file, relativePath, names, scope, warnings);
            List<Step> setup = setup(context, scope);
            for (Method test : testClass.tests()) {
                scenarios.add(scenario(context, testClass, scope, test, setup));
            }
        }
        return new Built(scenarios, warnings);
    }

    /** The class and the classes whose setup runs before its tests (a {@code @Nested} class's outer classes). */
    private static List<TestClass> enclosing(TestClass testClass, Map<String, TestClass> classes) {
        List<TestClass> scope = new ArrayList<>();
        scope.add(testClass);
        TestClass current = testClass;
        while (current.nested()) {
            int dollar = current.binaryName().lastIndexOf('$');
            TestClass outer = dollar < 0 ? null : classes.get(current.binaryName().substring(0, dollar));
            if (outer == null) {
                break;
            }
            scope.add(0, outer);
            current = outer;
        }
        return scope;
    }

    /** The setup steps, the same for every test of the class (their test_name is set per test). */
    private List<Step> setup(FileContext context, List<TestClass> scope) {
        String testName = null;
        List<Step> flow = new ArrayList<>();
        for (TestClass c : scope) {
            for (Field field : c.fields()) {
                MethodContext fieldContext = new MethodContext(context, Map.of(), Step.TYPE_SETUP, testName);
                if (!field.annotations().isEmpty()) {
                    fieldCall(fieldContext, field, flow);
                }
                for (Chain chain : field.initializer()) {
                    process(fieldContext, chain, flow);
                }
            }
            for (Method setup : c.setup()) {
                MethodContext setupContext = new MethodContext(context, setup.locals(), Step.TYPE_SETUP, testName);
                setup.body().forEach(chain -> process(setupContext, chain, flow));
            }
        }
        return flow;
    }

    private Scenario scenario(FileContext context, TestClass testClass, List<TestClass> scope, Method test,
            List<Step> setup) {
        String testName = test.name();
        List<Step> flow = new ArrayList<>(setup.size() + test.body().size() * 2);
        flow.addAll(setup);
        MethodContext body = new MethodContext(context, test.locals(), Step.TYPE_CALL, testName);
        test.body().forEach(chain -> process(body, chain, flow));

        List<Step> steps = FlowSummary.finish(flow, testName);
        FlowSummary.Derived derived = FlowSummary.deriveFlowSummaries(steps);
        TreeSet<String> tags = new TreeSet<>(test.tags());
        TreeSet<String> classTags = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (TestClass c : scope) {
            classTags.addAll(c.tags());
            names.add(c.displayName() != null ? c.displayName() : c.simpleName());
        }
        tags.addAll(classTags);
        String name = test.displayName() != null ? test.displayName() : testName;
        names.add(name);
        String pkg = context.file.packageName();
        String category = !classTags.isEmpty() ? classTags.first()
                : pkg.isEmpty() ? "default" : pkg.substring(pkg.lastIndexOf('.') + 1);
        return new Scenario(testClass.binaryName() + "#" + testName, name, String.join(" > ", names), category,
                module, context.path, test.line(), steps, derived.nodes(), derived.graphPath(), List.of(),
                List.copyOf(tags), Scenario.STATIC, FlowSummary.summarizeEvidence(steps));
    }

    // ---------------------------------------------------------------- calls

    private record FileContext(TestFile file, String path, Names names, List<TestClass> scope, List<String> warnings) {
    }

    private record MethodContext(FileContext file, Map<String, Local> locals, String phase, String testName) {
    }

    private record Match(ScenarioAdapter adapter, Step step) {
    }

    private void fieldCall(MethodContext context, Field field, List<Step> out) {
        String type = resolveType(context, field.type());
        Call call = new Call(Call.FIELD, field.name(), null, type, lookup.isNode(type) ? type : null, List.of(),
                List.of(), List.of(), List.of(), List.of(), 0, field.line(),
                "@" + String.join(" @", field.annotations()) + " " + field.type() + " " + field.name(),
                context.phase(), context.testName(), field.annotations());
        Match match = classify(context, call);
        if (match != null) {
            emit(context, match, call, null, false, out);
        }
    }

    private void process(MethodContext context, Chain chain, List<Step> out) {
        String previousType = null;
        List<Call.Link> links = new ArrayList<>(chain.links().size());
        for (Link link : chain.links()) {
            links.add(new Call.Link(link.name(), link.arguments(), resolveArguments(context, link), link.line()));
        }
        for (int i = 0; i < chain.links().size(); i++) {
            Link link = chain.links().get(i);
            String receiverType;
            if (Call.NEW.equals(link.kind())) {
                receiverType = resolveType(context, link.name());
            } else if (i == 0) {
                receiverType = chain.scope() == null ? null : typeOfScope(context, chain.scope(), link);
            } else {
                receiverType = previousType;
            }
            List<Call> nested = new ArrayList<>(link.nested().size());
            for (Chain inner : link.nested()) {
                nested.add(firstCall(context, inner));
            }
            Call call = new Call(link.kind(), link.name(), i == 0 ? chain.scope() : null, receiverType,
                    lookup.isNode(receiverType) ? receiverType : null,
                    i == 0 && chain.scope() == null && Call.METHOD.equals(link.kind())
                            ? staticOwners(context, link.name()) : List.of(),
                    link.arguments(), links.get(i).argumentTypes(), nested, links, i, link.line(), chain.snippet(),
                    context.phase(), context.testName(), List.of());
            Match match = classify(context, call);
            if (match == null || !match.adapter().absorbsArguments(match.step())) {
                for (Chain inner : link.nested()) {
                    process(context, inner, out);
                }
            }
            boolean spans = match != null && match.adapter().spansChain(match.step());
            if (match != null) {
                emit(context, match, call, chain, spans, out);
                if (spans) {
                    return;
                }
            }
            previousType = Call.NEW.equals(link.kind()) ? receiverType
                    : lookup.isNode(receiverType) ? lookup.returnType(receiverType, link.name()) : null;
        }
    }

    /** The first call of a chain, for an adapter looking at the calls in arguments ({@code when(repo.find(1))}). */
    private Call firstCall(MethodContext context, Chain chain) {
        Link link = chain.links().get(0);
        String receiverType = Call.NEW.equals(link.kind()) ? resolveType(context, link.name())
                : chain.scope() == null ? null : typeOfScope(context, chain.scope(), link);
        List<Call.Link> links = new ArrayList<>();
        for (Link l : chain.links()) {
            links.add(new Call.Link(l.name(), l.arguments(), resolveArguments(context, l), l.line()));
        }
        return new Call(link.kind(), link.name(), chain.scope(), receiverType,
                lookup.isNode(receiverType) ? receiverType : null,
                chain.scope() == null ? staticOwners(context, link.name()) : List.of(), link.arguments(),
                links.get(0).argumentTypes(), List.of(), links, 0, link.line(), chain.snippet(), context.phase(),
                context.testName(), List.of());
    }

    private Match classify(MethodContext context, Call call) {
        for (ScenarioAdapter adapter : adapters) {
            try {
                Optional<Step> step = adapter.classify(call, lookup);
                if (step != null && step.isPresent()) {
                    return new Match(adapter, step.get());
                }
            } catch (RuntimeException | LinkageError e) {
                warn(context, call.line(), "adapter '" + adapter.name() + "' failed on `" + call.snippet() + "`: "
                        + e);
            }
        }
        return null;
    }

    private void emit(MethodContext context, Match match, Call call, Chain chain, boolean spans, List<Step> out) {
        Step step = fill(match.step(), call, chain, spans, context);
        List<Step> expanded;
        try {
            expanded = match.adapter().expandStep(step, lookup);
        } catch (RuntimeException | LinkageError e) {
            warn(context, call.line(), "adapter '" + match.adapter().name() + "' failed to expand `"
                    + call.snippet() + "`: " + e);
            expanded = List.of(step);
        }
        for (Step s : expanded == null ? List.of(step) : expanded) {
            out.add(fill(s, call, chain, spans, context));
        }
    }

    /** What the adapter left unset, in one copy (a large suite has hundreds of thousands of steps). */
    private static Step fill(Step s, Call call, Chain chain, boolean spans, MethodContext context) {
        Integer line = s.line() != null ? s.line() : Integer.valueOf(spans ? call.last().line() : call.line());
        String actor = s.actor() == null && chain != null ? chain.scope() : s.actor();
        String result = s.result() == null && chain != null && chain.assignedTo() != null
                && (spans || call.index() == chain.links().size() - 1) ? chain.assignedTo() : s.result();
        return new Step(s.id(), s.type() != null ? s.type() : context.phase(), s.kind(), s.label(), s.nodeId(),
                s.focusNodeId(), s.focusTargets(), s.emits(), s.action(), actor,
                s.status() != null ? s.status() : Step.UNKNOWN, s.moduleFunction(),
                s.sourceSnippet() != null ? s.sourceSnippet() : call.snippet(), result, line,
                s.testName() != null ? s.testName() : context.testName(), s.assertionContext());
    }

    // ---------------------------------------------------------------- names

    private List<String> resolveArguments(MethodContext context, Link link) {
        List<String> types = new ArrayList<>(link.argumentTypes().size());
        for (String type : link.argumentTypes()) {
            if (type == null) {
                types.add(null);
            } else if (type.startsWith("=")) {
                types.add(typeOfVariable(context, type.substring(1), null));
            } else {
                String resolved = resolveType(context, type);
                types.add(resolved != null ? resolved : type);
            }
        }
        return types;
    }

    /** The type of a receiver as written: a local, a field, or a type name; null (with a warning) when unknown. */
    private String typeOfScope(MethodContext context, String scope, Link link) {
        if (scope.equals("this")) {
            return context.file().scope().get(context.file().scope().size() - 1).binaryName();
        }
        boolean identifier = scope.chars().allMatch(Character::isJavaIdentifierPart);
        if (identifier && Character.isJavaIdentifierStart(scope.charAt(0))) {
            if (context.locals().containsKey(scope) || field(context, scope) != null) {
                String type = typeOfVariable(context, scope, null);
                if (type == null) {
                    warn(context, link.line(), "cannot infer the type of `" + scope + "` (receiver of ." + link.name()
                            + "(..)): its calls are not classified");
                }
                return type;
            }
            if (Names.looksLikeType(scope)) {
                String type = resolveType(context, scope);
                return type != null ? type : scope;
            }
            warn(context, link.line(), "cannot resolve `" + scope + "` (receiver of ." + link.name()
                    + "(..)): its calls are not classified");
            return null;
        }
        if (Names.looksLikeType(scope)) {
            // a qualified type (org.junit.Assert) or a nested one (Owner.Status)
            String type = resolveType(context, scope);
            return type != null ? type : scope;
        }
        return null;
    }

    private String typeOfVariable(MethodContext context, String name, java.util.Set<String> seen) {
        Local local = context.locals().get(name);
        if (local == null) {
            Field field = field(context, name);
            if (field != null) {
                String resolved = resolveType(context, field.type());
                return resolved != null ? resolved : field.type();
            }
            return null;
        }
        if (local.type() != null) {
            String resolved = resolveType(context, local.type());
            return resolved != null ? resolved : local.type();
        }
        if (local.fromScope() == null) {
            return null;
        }
        java.util.Set<String> visited = seen == null ? new java.util.HashSet<>() : seen;
        if (!visited.add(name)) {
            return null;
        }
        String type;
        if (local.fromScope().startsWith("new ")) {
            type = resolveType(context, local.fromScope().substring(4));
        } else if (context.locals().containsKey(local.fromScope()) || field(context, local.fromScope()) != null) {
            type = typeOfVariable(context, local.fromScope(), visited);
        } else if (Names.looksLikeType(local.fromScope())) {
            type = resolveType(context, local.fromScope());
        } else {
            return null;
        }
        for (String call : local.fromCalls()) {
            if (!lookup.isNode(type)) {
                return null;
            }
            type = lookup.returnType(type, call);
        }
        return lookup.isNode(type) || local.fromCalls().isEmpty() ? type : null;
    }

    private static Field field(MethodContext context, String name) {
        List<TestClass> scope = context.file().scope();
        for (int i = scope.size() - 1; i >= 0; i--) {
            for (Field field : scope.get(i).fields()) {
                if (field.name().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    private String resolveType(MethodContext context, String written) {
        if (written == null) {
            return null;
        }
        String enclosing = context.file().scope().get(context.file().scope().size() - 1).binaryName()
                .replace('$', '.');
        return context.file().names().resolve(written, enclosing);
    }

    private static List<String> staticOwners(MethodContext context, String name) {
        var imports = context.file().file().imports();
        String single = imports.staticSingle().get(name);
        if (single != null) {
            return List.of(single);
        }
        return imports.staticOnDemand();
    }

    private static void warn(MethodContext context, int line, String message) {
        synchronized (context.file().warnings()) {
            String warning = context.file().path() + ":" + line + ": " + message;
            if (!context.file().warnings().contains(warning)) {
                context.file().warnings().add(warning);
            }
        }
    }
}

package dev.tracer.scenario.adapter.builtin;

import dev.tracer.model.AssertionContext;
import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Assertions → {@code assertion}, with the asserted expression and the expected value in {@code assertion_context}:
 * JUnit 5 {@code Assertions.assert*} (message last), JUnit 4 {@code Assert.assert*} (message first),
 * {@code assertThrows}, {@code fail}; AssertJ {@code assertThat(..)} chains, one step per chain (also
 * {@code assertThatThrownBy}, {@code assertThatCode}, {@code assertThatExceptionOfType}, BDD {@code then}); Hamcrest
 * {@code assertThat(actual, matcher)}. Calls inside the arguments stay steps of their own, before the assertion.
 */
final class AssertionAdapter implements ScenarioAdapter {

    static final String NAME = "assertions";

    static final Set<String> JUNIT5 = Set.of("org.junit.jupiter.api.Assertions");
    static final Set<String> JUNIT4 = Set.of("org.junit.Assert", "junit.framework.Assert", "junit.framework.TestCase");
    static final Set<String> ASSERTJ = Set.of("org.assertj.core.api.Assertions", "org.assertj.core.api.BDDAssertions",
            "org.assertj.core.api.AssertionsForClassTypes", "org.assertj.core.api.AssertionsForInterfaceTypes",
            "org.assertj.core.api.WithAssertions");
    static final Set<String> HAMCREST = Set.of("org.hamcrest.MatcherAssert");
    private static final Set<String> ALL;

    static {
        java.util.Set<String> all = new java.util.HashSet<>();
        all.addAll(JUNIT5);
        all.addAll(JUNIT4);
        all.addAll(ASSERTJ);
        all.addAll(HAMCREST);
        ALL = Set.copyOf(all);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Step> classify(Call call, Lookup lookup) {
        if (!Call.METHOD.equals(call.kind()) || !call.first() || !call.on(ALL)) {
            return Optional.empty();
        }
        String name = call.name();
        AssertionContext context;
        boolean assertj = call.on(ASSERTJ) && !call.on(HAMCREST);
        if (name.startsWith("assertThat") || (assertj && name.equals("then"))) {
            if (call.chain().size() > 1 && (assertj || call.arguments().size() == 1)) {
                Call.Link last = call.last();
                String expected = last.arguments().isEmpty() ? null : String.join(", ", last.arguments());
                context = new AssertionContext(name + "." + last.name(), call.argument(0), expected);
            } else {
                int n = call.arguments().size();
                context = new AssertionContext(name, call.argument(n >= 3 ? 1 : 0), call.argument(n >= 3 ? 2 : 1));
            }
        } else if (name.startsWith("assert") || name.equals("fail")) {
            context = junit(call, name, call.on(JUNIT4) && !call.on(JUNIT5));
        } else {
            return Optional.empty();
        }
        Step step = Step.of("assertion", label(context)).withAssertionContext(context);
        for (Call inner : call.nested()) {
            if (inner.receiverNode() != null) {
                step = step.withFocusNode(inner.receiverNode());
                break;
            }
        }
        return Optional.of(step);
    }

    private static AssertionContext junit(Call call, String name, boolean messageFirst) {
        List<String> args = call.arguments();
        int n = args.size();
        switch (name) {
            case "assertTrue", "assertFalse", "assertNull", "assertNotNull" -> {
                String actual = n == 0 ? null : messageFirst ? args.get(n - 1) : args.get(0);
                String expected = switch (name) {
                    case "assertTrue" -> "true";
                    case "assertFalse" -> "false";
                    case "assertNull" -> "null";
                    default -> "not null";
                };
                return new AssertionContext(name, actual, expected);
            }
            case "assertThrows", "assertThrowsExactly" -> {
                String type = n == 0 ? null : args.get(0).replaceAll("\\.class$", "");
                return new AssertionContext(name, n > 1 ? args.get(1) : null, type);
            }
            case "fail", "assertAll", "assertDoesNotThrow", "assertTimeout", "assertTimeoutPreemptively" -> {
                return new AssertionContext(name, n == 0 ? null : args.get(n - 1), null);
            }
            default -> {
                // assertEquals(expected, actual[, message]) / JUnit 4: ([message,] expected, actual)
                int offset = messageFirst && n >= 3 ? 1 : 0;
                return new AssertionContext(name, offset + 1 < n ? args.get(offset + 1) : null,
                        offset < n ? args.get(offset) : null);
            }
        }
    }

    private static String label(AssertionContext c) {
        return c.assertion() + (c.actual() == null ? "" : " " + c.actual())
                + (c.expected() == null ? "" : " → " + c.expected());
    }

    @Override
    public boolean spansChain(Step step) {
        return true;
    }
}

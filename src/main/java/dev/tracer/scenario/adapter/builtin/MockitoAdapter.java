package dev.tracer.scenario.adapter.builtin;

import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.Node;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.Optional;
import java.util.Set;

/**
 * Mockito: {@code @Mock}/{@code @MockBean}/{@code @MockitoBean}/{@code @Spy} fields, {@code mock(X.class)},
 * {@code spy(..)}, {@code when(x.m(..)).thenReturn(..)}, {@code given(..)}, {@code doReturn(..).when(x).m(..)} →
 * {@code stub}; {@code verify(x).m(..)}, {@code then(x).should().m(..)}, {@code verifyNoInteractions(x)} →
 * {@code verify}; {@code @InjectMocks} fields → {@code construct}. The node is the mocked type, the action the
 * stubbed or verified method; the call inside {@code when(..)} is part of the stub, not a step.
 */
final class MockitoAdapter implements ScenarioAdapter {

    static final String NAME = "mockito";
    private static final Set<String> MOCKITO = Set.of("org.mockito.Mockito", "org.mockito.BDDMockito");
    private static final Set<String> MOCK_FIELDS = Set.of("Mock", "MockBean", "MockitoBean", "Spy", "SpyBean",
            "MockitoSpyBean");
    private static final Set<String> STUB_CHAINS = Set.of("doReturn", "doThrow", "doAnswer", "doNothing",
            "doCallRealMethod", "willReturn", "willThrow", "willAnswer", "willDoNothing");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Step> classify(Call call, Lookup lookup) {
        if (Call.FIELD.equals(call.kind())) {
            return field(call, lookup);
        }
        if (!Call.METHOD.equals(call.kind()) || !call.first() || !call.on(MOCKITO)) {
            return Optional.empty();
        }
        String name = call.name();
        switch (name) {
            case "mock", "spy" -> {
                String type = call.argumentType(0);
                return Optional.of(node(Step.of("stub", name + " " + simple(type, lookup)), type, lookup));
            }
            case "when", "given" -> {
                Call stubbed = call.nested().isEmpty() ? null : call.nested().get(0);
                String type = stubbed == null ? null : stubbed.receiverType();
                String method = stubbed == null ? null : stubbed.name();
                Call.Link answer = call.next();
                Step step = node(Step.of("stub", name + " " + simple(type, lookup) + "." + method
                        + (answer == null ? "" : " " + answer.name())), type, lookup).withAction(method);
                return Optional.of(step);
            }
            case "verify", "then", "verifyNoInteractions", "verifyNoMoreInteractions", "verifyZeroInteractions" -> {
                String type = call.argumentType(0);
                Call.Link next = call.next();
                if (name.equals("then") && next != null && next.name().startsWith("should")) {
                    next = call.index() + 2 < call.chain().size() ? call.chain().get(call.index() + 2) : null;
                }
                String method = next == null ? null : next.name();
                return Optional.of(node(Step.of("verify", "verify " + simple(type, lookup)
                        + (method == null ? "" : "." + method)), type, lookup).withAction(method));
            }
            default -> {
                if (STUB_CHAINS.contains(name)) {
                    // doReturn(x).when(mock).method(..)
                    int when = -1;
                    for (int i = call.index() + 1; i < call.chain().size(); i++) {
                        if (call.chain().get(i).name().equals("when") || call.chain().get(i).name().equals("given")) {
                            when = i;
                            break;
                        }
                    }
                    String type = when < 0 ? null : firstType(call.chain().get(when));
                    String method = when >= 0 && when + 1 < call.chain().size()
                            ? call.chain().get(when + 1).name() : null;
                    return Optional.of(node(Step.of("stub", name + " " + simple(type, lookup)
                            + (method == null ? "" : "." + method)), type, lookup).withAction(method));
                }
                return Optional.empty();
            }
        }
    }

    private static Optional<Step> field(Call call, Lookup lookup) {
        String type = call.receiverType();
        for (String annotation : call.annotations()) {
            if (MOCK_FIELDS.contains(annotation)) {
                return Optional.of(node(Step.of("stub", "@" + annotation + " " + simple(type, lookup)), type, lookup)
                        .withActor(call.name()));
            }
            if (annotation.equals("InjectMocks")) {
                return Optional.of(node(Step.of("construct", "@InjectMocks " + simple(type, lookup)), type, lookup)
                        .withAction("<init>").withActor(call.name()));
            }
        }
        return Optional.empty();
    }

    private static String firstType(Call.Link link) {
        return link.argumentTypes().isEmpty() ? null : link.argumentTypes().get(0);
    }

    private static Step node(Step step, String type, Lookup lookup) {
        return lookup.isNode(type) ? step.withNode(type) : step;
    }

    private static String simple(String type, Lookup lookup) {
        if (type == null) {
            return "?";
        }
        return lookup.node(type).map(Node::name).orElse(type.substring(type.lastIndexOf('.') + 1));
    }

    @Override
    public boolean spansChain(Step step) {
        return true;
    }

    @Override
    public boolean absorbsArguments(Step step) {
        return true;
    }
}

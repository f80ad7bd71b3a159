package dev.tracer.scenario.adapter.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.model.AssertionContext;
import dev.tracer.model.Step;
import dev.tracer.scenario.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssertionAdapterTest {

    @TempDir
    Path dir;

    private List<AssertionContext> contexts(String imports, String body) throws Exception {
        List<Step> steps = Fixture.steps(dir, "import org.junit.jupiter.api.Test;\n" + imports,
                "    Owner owner;\n    @Test\n    void t() throws Exception {\n" + body + "\n    }\n");
        return steps.stream().filter(s -> s.kind().equals("assertion")).map(Step::assertionContext).toList();
    }

    @Test
    void junit5AssertionsCarryExpectedAndActualMessageLast() throws Exception {
        assertEquals(List.of(
                new AssertionContext("assertEquals", "owner.getName()", "\"Ann\""),
                new AssertionContext("assertTrue", "owner != null", "true"),
                new AssertionContext("assertNotNull", "owner", "not null"),
                new AssertionContext("assertThrows", "() -> owner.renamed(null)", "NullPointerException")),
                contexts("import static org.junit.jupiter.api.Assertions.*;", """
                        assertEquals("Ann", owner.getName(), "the name");
                        assertTrue(owner != null);
                        Assertions.assertNotNull(owner);
                        assertThrows(NullPointerException.class, () -> owner.renamed(null));
                        """.replace("Assertions.", "org.junit.jupiter.api.Assertions.")));
    }

    @Test
    void junit4AssertionsTakeTheMessageFirst() throws Exception {
        assertEquals(List.of(
                new AssertionContext("assertEquals", "owner.getName()", "\"Ann\""),
                new AssertionContext("assertFalse", "owner == null", "false")),
                contexts("import static org.junit.Assert.assertEquals;\nimport org.junit.Assert;", """
                        assertEquals("the name", "Ann", owner.getName());
                        Assert.assertFalse("exists", owner == null);
                        """));
    }

    @Test
    void anAssertJChainIsOneAssertionWithItsLastCheck() throws Exception {
        List<Step> steps = Fixture.steps(dir, """
                import org.junit.jupiter.api.Test;
                import static org.assertj.core.api.Assertions.assertThat;
                """, """
                    Owner owner;
                    @Test
                    void t() {
                        assertThat(owner.getName())
                                .isNotBlank()
                                .isEqualTo("Ann");
                    }
                """);
        assertEquals(List.of("action | Owner.getName | shop.owner.Owner | getName",
                "assertion | assertThat.isEqualTo owner.getName() → \"Ann\" | null | null"), Fixture.describe(steps));
        Step assertion = steps.get(1);
        assertEquals(new AssertionContext("assertThat.isEqualTo", "owner.getName()", "\"Ann\""),
                assertion.assertionContext());
        assertEquals(Integer.valueOf(11), assertion.line(), "the line of the chain's last call");
        assertEquals("shop.owner.Owner", assertion.focusNodeId());
    }

    @Test
    void hamcrestAssertThatTakesTheMatcherAsExpected() throws Exception {
        assertEquals(List.of(new AssertionContext("assertThat", "owner.getName()", "is(\"Ann\")")),
                contexts("import static org.hamcrest.MatcherAssert.assertThat;\nimport static org.hamcrest.Matchers.is;",
                        "assertThat(owner.getName(), is(\"Ann\"));"));
    }

    @Test
    void aHelperNamedLikeAnAssertionIsNoAssertion() throws Exception {
        List<Step> steps = Fixture.steps(dir, "import org.junit.jupiter.api.Test;", """
                    @Test
                    void t() {
                        assertOwner();
                    }
                    void assertOwner() {
                    }
                """);
        assertEquals(List.of(), steps);
    }
}

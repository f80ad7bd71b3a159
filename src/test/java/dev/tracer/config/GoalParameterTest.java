package dev.tracer.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration tables, checked against the parameter table. */
class GoalParameterTest {

    @Test
    void theReadmeGivesEveryParameterItsPropertyDefaultAndEnvironmentVariable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        for (GoalParameter parameter : GoalParameter.values()) {
            String row = readme.lines().filter(l -> l.startsWith("| `<" + parameter.element() + ">` |"))
                    .findFirst().orElse(null);
            if (row == null || !row.contains("`" + parameter.property() + "`")) {
                wrong.add(parameter.property() + ": no row `<" + parameter.element() + ">` | `"
                        + parameter.property() + "`");
                continue;
            }
            if (parameter.defaultValue() != null && !row.contains("| `" + parameter.defaultValue() + "` |")) {
                wrong.add(parameter.property() + ": the row does not give the default `"
                        + parameter.defaultValue() + "`");
            }
            if (parameter.environment() != null && !readme.contains("`" + parameter.environment() + "`")) {
                wrong.add(parameter.property() + ": the README never names " + parameter.environment());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}

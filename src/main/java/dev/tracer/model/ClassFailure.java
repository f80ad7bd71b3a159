package dev.tracer.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A failure outside any single test: {@code @BeforeAll}/{@code @AfterAll}, {@code @BeforeClass}/{@code @AfterClass},
 * a static initializer, a class-level rule. The tests it prevented from running are reported separately as
 * {@link TestState#INVALID}.
 */
public record ClassFailure(
        @JsonProperty("class") String className,
        String module,
        String file,
        List<Failure> failures) {

    public ClassFailure {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public ClassFailure withLocation(String module, String file) {
        return new ClassFailure(className, module, file, failures);
    }
}

package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class TracerSelectionFilterTest {

    private static final String CLASS = "[engine:junit-jupiter]/[class:" + SelectionFixture.class.getName() + "]";

    /** Runs the fixture class, as Surefire does (a class selector), with the filter; returns the tests that ran. */
    private static List<String> run(Set<String> selection) {
        List<String> ran = new ArrayList<>();
        TestExecutionListener recorder = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    ran.add(id.getUniqueId().substring(CLASS.length()));
                }
            }
        };
        LauncherFactory.create(LauncherConfig.builder()
                        .addPostDiscoveryFilters(new TracerSelectionFilter(selection))
                        .build())
                .execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(SelectionFixture.class))
                        .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                        .build(), recorder);
        ran.sort(null);
        return ran;
    }

    @Test
    void rerunsOnlyTheSelectedParameterizedInvocation() {
        assertEquals(List.of("/[test-template:square(int)]/[test-template-invocation:#2]"),
                run(Set.of(CLASS + "/[test-template:square(int)]/[test-template-invocation:#2]")));
    }

    @Test
    void selectsOneMethodOfANestedClassWithoutItsSiblings() {
        assertEquals(List.of("/[nested-class:Inner]/[method:fails()]"),
                run(Set.of(CLASS + "/[nested-class:Inner]/[method:fails()]")));
    }

    @Test
    void aSelectedClassRunsAsAClass() {
        assertEquals(6, run(Set.of(CLASS)).size());
    }

    @Test
    void withoutASelectionEverythingRuns() {
        assertEquals(6, run(null).size());
    }

    @Test
    void anIdThatNoLongerExistsSelectsNothing() {
        assertEquals(List.of(), run(Set.of(CLASS + "/[method:renamed()]")));
    }

    /** Not run by Surefire: a static nested class the tests above select explicitly. */
    static class SelectionFixture {
        @Test
        void plain() {
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void square(int n) {
        }

        @Nested
        class Inner {
            @Test
            void passes() {
            }

            @Test
            void fails() {
            }
        }
    }
}

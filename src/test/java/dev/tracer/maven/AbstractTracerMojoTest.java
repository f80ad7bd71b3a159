package dev.tracer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.config.ConfigurationException;
import dev.tracer.pipeline.BrokenRunException;
import java.io.IOException;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The one execute() of every goal: what reaches Maven for the user's mistakes, for faults and for verdicts. */
class AbstractTracerMojoTest {

    /** A goal that throws what it is given, in a session with the given -D properties. */
    private static final class Goal extends AbstractTracerMojo {
        private final Exception thrown;
        private boolean ran;

        Goal(Exception thrown, String... userProperties) {
            this.thrown = thrown;
            Properties properties = new Properties();
            for (int i = 0; i < userProperties.length; i += 2) {
                properties.setProperty(userProperties[i], userProperties[i + 1]);
            }
            MavenExecutionRequest request = new DefaultMavenExecutionRequest().setUserProperties(properties);
            session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
        }

        @Override
        protected void executeGoal() throws MojoExecutionException, MojoFailureException, BrokenRunException {
            ran = true;
            if (thrown instanceof MojoFailureException e) {
                throw e;
            } else if (thrown instanceof MojoExecutionException e) {
                throw e;
            } else if (thrown instanceof BrokenRunException e) {
                throw e;
            } else if (thrown instanceof RuntimeException e) {
                throw e;
            }
        }
    }

    @Test
    void aConfigurationErrorFailsTheBuildWithItsMessageUnchanged() {
        String message = "-Dtracer.all=yes is not a boolean. Use true or false.";
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new Goal(new ConfigurationException(message)).execute());
        assertEquals(message, e.getMessage());
        assertTrue(e.getCause() instanceof ConfigurationException);
    }

    @Test
    void anUnknownTracerPropertyFailsBeforeTheGoalRuns() {
        Goal goal = new Goal(null, "tracer.bogus", "1", "test", "CartTest");
        MojoFailureException e = assertThrows(MojoFailureException.class, goal::execute);
        assertTrue(e.getMessage().startsWith("Unknown property -Dtracer.bogus"), e.getMessage());
        assertTrue(!goal.ran, "the goal ran");
    }

    @Test
    void aBrokenRunIsAnExecutionError() {
        BrokenRunException broken = new BrokenRunException("Cannot write target/tracer", new IOException("denied"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> new Goal(broken).execute());
        assertEquals("Cannot write target/tracer", e.getMessage());
        assertSame(broken, e.getCause());
    }

    @Test
    void aFailedVerdictReachesMavenAsTheGoalThrewIt() {
        MojoFailureException failed = new MojoFailureException("1 test failed.");
        assertSame(failed, assertThrows(MojoFailureException.class, () -> new Goal(failed).execute()));
        MojoExecutionException fault = new MojoExecutionException("The run broke.");
        assertSame(fault, assertThrows(MojoExecutionException.class, () -> new Goal(fault).execute()));
    }

    @Test
    void otherUncheckedExceptionsAreLeftToMaven() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> new Goal(bug).execute()));
    }
}

package quiet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Registered like tracer's listener (META-INF/services). If it leaves target/canary-listener-ran, the deactivation
 * in the POM did not work and the IT would prove nothing; the verify script checks that it is absent.
 */
public class CanaryListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        try {
            Files.writeString(Path.of("target", "canary-listener-ran"), "the listener ran\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.tracer.coverage;

import dev.tracer.messages.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.tools.ExecFileLoader;

/** Loads JaCoCo exec files and merges them (first run, rerun, every module) into one store. */
public final class ExecData {
    private ExecData() {
    }

    /**
     * @param files every exec file to merge, each of which must exist
     * @throws CoverageException naming the first file that is missing, empty or not exec data
     */
    public static ExecutionDataStore load(List<Path> files) throws CoverageException {
        ExecFileLoader loader = new ExecFileLoader();
        for (Path file : files) {
            try {
                if (!Files.isRegularFile(file)) {
                    throw new CoverageException(Messages.execMissing(file.toString()), null);
                }
                if (Files.size(file) == 0) {
                    throw new CoverageException(Messages.execEmpty(file.toString()), null);
                }
                loader.load(file.toFile());
            } catch (IOException | RuntimeException e) {
                // JaCoCo: "Invalid execution data file.", an EOFException on a truncated one, or an
                // IllegalStateException for probes of one class id recorded with different lengths.
                throw new CoverageException(Messages.execCorrupt(file.toString(),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            }
        }
        return loader.getExecutionDataStore();
    }
}

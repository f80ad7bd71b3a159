package dev.tracer.surefire;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Tallies Surefire's reports while the tests still run, on a thread the caller owns: Surefire writes a class's
 * report when the class ends, and the tally after the run then only reads the reports written since the last poll
 * (on a 2,000-test suite the tally is about a tenth of a second of the build's serial tail). A report that changes
 * after it was tallied here (its size or time differ) is read again after the run, so the result is the same.
 */
public final class EarlyTally {

    private final Path reportsDirectory;
    private final FileTime notBefore;
    private final Map<Path, XmlReportReader.FileTally> shares = new HashMap<>();
    private boolean closed;

    /**
     * @param reportsDirectory where the run's reports are expected; a wrong guess costs nothing but the early work
     * @param notBefore        older reports belong to an earlier run and are not read here
     */
    public EarlyTally(Path reportsDirectory, FileTime notBefore) {
        this.reportsDirectory = reportsDirectory;
        this.notBefore = notBefore;
    }

    /** Tallies the reports that are new or changed since the last poll. */
    public synchronized void poll() {
        if (closed) {
            return;
        }
        try {
            for (Path file : XmlReportReader.reportsSince(reportsDirectory, notBefore)) {
                Path key = file.toAbsolutePath();
                XmlReportReader.FileTally share = shares.get(key);
                if (share == null || !share.isCurrent(file)) {
                    shares.put(key, XmlReportReader.FileTally.of(file));
                }
            }
        } catch (RuntimeException e) {
            // best effort: the tally after the run reads what is not here
        }
    }

    /** Stops polling (a poll under way finishes first) and hands over the shares, by absolute path. */
    public synchronized Map<Path, XmlReportReader.FileTally> close() {
        closed = true;
        return Map.copyOf(shares);
    }
}

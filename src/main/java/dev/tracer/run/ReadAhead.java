package dev.tracer.run;

import dev.tracer.events.EventPreread;
import dev.tracer.surefire.EarlyTally;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * What {@link RunCollector} can read while the tests still run: the listener's event lines, parsed, and Surefire's
 * reports, tallied. After the run only what came last is left to read, and the result is the same as without.
 *
 * @param events  the listener's lines
 * @param reports Surefire's reports
 */
public record ReadAhead(EventPreread events, EarlyTally reports) {

    /**
     * @param reportsDirectory where Surefire's reports are expected (its default: the module's
     *                         {@code target/surefire-reports}); elsewhere, they are read after the run
     * @param notBefore        reports older than this belong to an earlier run
     */
    public static ReadAhead of(Path eventsDir, Path reportsDirectory, FileTime notBefore) {
        return new ReadAhead(new EventPreread(eventsDir), new EarlyTally(reportsDirectory, notBefore));
    }

    /** Reads what was written since the last poll; best effort. */
    public void poll() {
        events.poll();
        reports.poll();
    }
}

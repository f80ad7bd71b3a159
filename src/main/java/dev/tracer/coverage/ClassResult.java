package dev.tracer.coverage;

import dev.tracer.model.CoverageCounter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Tracer knows about one analyzed class: JaCoCo's counters and the status of each line. This is also
 * the per-class line coverage other features annotate their output with (a scenario step's source line covered,
 * partly covered or missed).
 *
 * @param module       the Maven artifactId of the module whose classes hold it
 * @param className    binary class name, dotted ({@code shop.Cart$Line})
 * @param sourceFile   the source file's path relative to the directory Maven ran in when found, else
 *                     {@code package/Name.java} (null when the class file names no source file)
 * @param counters     every JaCoCo counter of the class
 * @param coveredLines line numbers fully covered, ascending
 * @param partlyLines  line numbers partly covered (a missed branch or instruction), ascending
 * @param missedLines  line numbers with code that never ran, ascending
 */
public record ClassResult(String module, String className, String sourceFile, Map<CoverageCounter, Counts> counters,
        List<Integer> coveredLines, List<Integer> partlyLines, List<Integer> missedLines) {

    public ClassResult {
        counters = new EnumMap<>(counters);
        coveredLines = List.copyOf(coveredLines);
        partlyLines = List.copyOf(partlyLines);
        missedLines = List.copyOf(missedLines);
    }

    public Counts counts(CoverageCounter counter) {
        return counters.getOrDefault(counter, Counts.NONE);
    }

    /** How a source line of this class fared: covered, partly covered, missed, or no code on the line. */
    public LineStatus line(int number) {
        if (java.util.Collections.binarySearch(coveredLines, number) >= 0) {
            return LineStatus.COVERED;
        }
        if (java.util.Collections.binarySearch(partlyLines, number) >= 0) {
            return LineStatus.PARTLY_COVERED;
        }
        if (java.util.Collections.binarySearch(missedLines, number) >= 0) {
            return LineStatus.MISSED;
        }
        return LineStatus.NO_CODE;
    }

    /** The status of a source line, as JaCoCo's {@code ILine.getStatus()} gives it. */
    public enum LineStatus {
        COVERED, PARTLY_COVERED, MISSED, NO_CODE
    }
}

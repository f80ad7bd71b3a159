package dev.tracer.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One class's coverage, as JaCoCo counts it (the same numbers as a row of its {@code jacoco.csv}).
 *
 * @param className           binary class name ({@code shop.Cart$Line})
 * @param module              the Maven artifactId of the module whose classes hold it
 * @param file                its source file relative to the directory Maven ran in, or {@code package/Name.java}
 *                            when the source is not found
 * @param percentage          covered / total of the document's counter, in percent, two decimals; 100 when the
 *                            class has none of that counter
 * @param coveredLines        lines fully or partly covered
 * @param totalLines          lines with code
 * @param uncoveredLines      line numbers not covered at all, ascending
 * @param partialLines        line numbers partly covered (some instruction or branch on the line missed), ascending;
 *                            they count as covered in {@code covered_lines}, as in JaCoCo
 * @param coveredBranches     branches covered
 * @param totalBranches       branches
 * @param coveredInstructions bytecode instructions covered
 * @param totalInstructions   bytecode instructions
 */
public record ClassCoverage(
        @JsonProperty("class") String className,
        String module,
        String file,
        double percentage,
        int coveredLines,
        int totalLines,
        List<Integer> uncoveredLines,
        List<Integer> partialLines,
        int coveredBranches,
        int totalBranches,
        int coveredInstructions,
        int totalInstructions) {

    public ClassCoverage {
        uncoveredLines = List.copyOf(uncoveredLines);
        partialLines = List.copyOf(partialLines);
    }
}

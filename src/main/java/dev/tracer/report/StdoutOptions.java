package dev.tracer.report;

import dev.tracer.config.ConfigurationException;
import dev.tracer.config.OptionsParser;

/**
 * How the document is printed on stdout. The report file ({@code target/tracer/report.json}) is never lean and never
 * cut: these options are about what an agent reads.
 *
 * @param verbose the full document on stdout, as in the report file ({@code tracer.verbose}); no budget unless one is
 *                given
 * @param pretty  two-space indented JSON rather than one line ({@code tracer.pretty}); compact costs about a third
 *                fewer tokens (see the README's "What it costs to read")
 * @param budget  the most bytes the printed document may take ({@code tracer.budget}); 0 for no budget
 */
public record StdoutOptions(boolean verbose, boolean pretty, int budget) {

    /** Bytes: about 5,000 tokens, a quarter of GitHub's limit on a check run's summary. */
    public static final int DEFAULT_BUDGET = 20_000;

    /** The smallest budget: the summary, a failed test and the {@code truncated} note fit in it. */
    public static final int MIN_BUDGET = 1_024;

    public static final StdoutOptions DEFAULT = new StdoutOptions(false, false, DEFAULT_BUDGET);

    public StdoutOptions {
        if (budget != 0 && budget < MIN_BUDGET) {
            throw new ConfigurationException(budgetMessage(String.valueOf(budget)));
        }
    }

    /**
     * The options from raw parameter values (null when unset).
     *
     * @throws ConfigurationException for a budget that is not a number, negative, or below {@value #MIN_BUDGET}
     */
    public static StdoutOptions parse(String verbose, String pretty, String budget) {
        boolean full = OptionsParser.bool("tracer.verbose", "verbose", verbose);
        int bytes;
        if (budget == null || budget.isBlank()) {
            bytes = full ? 0 : DEFAULT_BUDGET;
        } else {
            try {
                bytes = Integer.parseInt(budget.strip());
            } catch (NumberFormatException e) {
                throw new ConfigurationException(budgetMessage(budget));
            }
            if (bytes < 0) {
                throw new ConfigurationException(budgetMessage(budget));
            }
        }
        return new StdoutOptions(full, OptionsParser.bool("tracer.pretty", "pretty", pretty), bytes);
    }

    private static String budgetMessage(String value) {
        return "tracer.budget is '" + value + "': give the most bytes the printed document may take, at least "
                + MIN_BUDGET + " (-Dtracer.budget=20000), or 0 for no budget.";
    }
}

package dev.tracer.maven;

import dev.tracer.config.GoalParameter;
import dev.tracer.config.RawOptions;
import dev.tracer.report.StdoutOptions;
import dev.tracer.pipeline.Verdict;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that run tests share: the views of the document ({@code tracer:test-json} and
 * {@code tracer:agent-test} print the same one), the rerun of failures, and skipping.
 */
abstract class AbstractRunMojo extends AbstractTracerMojo {

    /**
     * List every test, not only failed and invalid ones. The summary always counts every test. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.all")
    private String all;

    /**
     * Where to write the document, relative to the directory Maven runs in (environment variable alternative:
     * {@code TRACER_OUTPUT_FILE}). Default:
     * {@code target/tracer/report.json} of that directory (in a reactor, each module also keeps its own under its
     * {@code target/tracer/}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.output")
    private String output;

    /**
     * Show only {@code version}, {@code summary} and {@code hint}. Wins over {@code firstFailure} and {@code all}.
     * Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.summaryOnly")
    private String summaryOnly;

    /**
     * Show only the first failed (or invalid) test in document order; {@code tests} is empty when none failed.
     * Wins over {@code all}. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.firstFailure")
    private String firstFailure;

    /**
     * Print JSON Lines instead of the document: one line per test the view shows, with short keys ({@code f} =
     * "file:line", {@code n} = name, {@code s} = state, {@code e} = first line of the first failure message,
     * {@code x} = true when filtered), then {@code {"summary":{...}}}. The report file still holds the document.
     * Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.compact")
    private String compact;

    /**
     * Failure-message substrings (case-sensitive) of known failures: a failed test whose message contains one is
     * marked {@code "filtered": true} and counted in {@code summary.filtered}. It still fails the build. On the
     * command line, separate patterns with commas. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.filterOut")
    private List<String> filterOut;

    /**
     * Add {@code error_groups}: failures grouped by the first line of their message, with a count and an example.
     * Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.groupByError")
    private String groupByError;

    /**
     * Run only the tests that failed or were invalid in the previous run of the module (kept in
     * {@code target/tracer/last-run.json}), each selected exactly. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.failed")
    private String failed;

    /**
     * Do not print the tip (on stderr) about tests that failed in the previous run. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.noWarn")
    private String noWarn;

    /**
     * Print one JSON line per event on stdout while the tests run ({@code suite:start}, {@code test:pass},
     * {@code test:fail}, {@code test:skip}, {@code suite:end} with the summary); the document goes to the report
     * file only. Environment variable alternative: {@code TRACER_STREAMING=true}. Default: false.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.streaming")
    private String streaming;

    /**
     * Rerun the failed and invalid tests once, each exactly, in a second Surefire execution, to tell flaky tests
     * (failed, then passed: listed in {@code flaky}, and they do not fail the build) from confirmed failures.
     * Not done with {@code tracer.failed}, when Surefire reruns failures itself ({@code rerunFailingTestsCount}), or
     * when the results come from Surefire's XML reports. Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.retry")
    private String retry;

    /**
     * Fail the build when a test was flaky, even though it passed on its rerun. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.failOnFlaky")
    private String failOnFlaky;

    /**
     * Skip the goal. {@code skipTests} and {@code maven.test.skip} skip it too. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.skip")
    private String skip;

    @Parameter(property = "skipTests", defaultValue = "false", readonly = true)
    private boolean skipTests;

    @Parameter(property = "maven.test.skip", defaultValue = "false", readonly = true)
    private boolean mavenTestSkip;

    /**
     * Write {@code report.html} beside the document file ({@code target/tracer/report.html}; for
     * {@code tracer:agent-test}, beside {@code tracer.output} when it is set): one self-contained page for people.
     * {@code false} turns it off. Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.html")
    private String html;

    /**
     * Print the full document on stdout, as the report file has it, rather than the lean one; no budget unless
     * {@code tracer.budget} gives one. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.verbose")
    private String verbose;

    /**
     * Indent the document on stdout (two spaces) rather than print it on one line; {@code jq .} indents too.
     * Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.pretty")
    private String pretty;

    /**
     * The most bytes the document on stdout may take (at least 1024; 0 for no budget). What is cut, and in which
     * order, is in the {@code truncated} object the document then has; the report file is never cut. Default: 20000,
     * none with {@code tracer.verbose}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.budget")
    private String budget;

    /** The raw values of the parameters the goals that run tests share; a goal adds its own. */
    RawOptions rawOptions() {
        return new RawOptions()
                .set(GoalParameter.ALL, all)
                .set(GoalParameter.OUTPUT, output)
                .set(GoalParameter.SUMMARY_ONLY, summaryOnly)
                .set(GoalParameter.FIRST_FAILURE, firstFailure)
                .set(GoalParameter.COMPACT, compact)
                .set(GoalParameter.FILTER_OUT, filterOut)
                .set(GoalParameter.GROUP_BY_ERROR, groupByError)
                .set(GoalParameter.FAILED, failed)
                .set(GoalParameter.NO_WARN, noWarn)
                .set(GoalParameter.STREAMING, streaming)
                .set(GoalParameter.RETRY, retry)
                .set(GoalParameter.FAIL_ON_FLAKY, failOnFlaky)
                .set(GoalParameter.SKIP, skip)
                .set(GoalParameter.HTML, html)
                .set(GoalParameter.VERBOSE, verbose)
                .set(GoalParameter.PRETTY, pretty)
                .set(GoalParameter.BUDGET, budget);
    }

    /** How the document is printed: lean within {@code tracer.budget}, or in full with {@code tracer.verbose}. */
    static StdoutOptions stdoutOptions(RawOptions raw) {
        return StdoutOptions.parse(raw.value(GoalParameter.VERBOSE), raw.value(GoalParameter.PRETTY),
                raw.given(GoalParameter.BUDGET));
    }

    /** Why the goal is skipped ({@code tracer.skip}, {@code skipTests}, {@code maven.test.skip}), or null. */
    @Override
    String skipReason(RawOptions raw) {
        String reason = super.skipReason(raw);
        return reason != null ? reason
                : skipTests ? "skipTests"
                : mavenTestSkip ? "maven.test.skip"
                : null;
    }

    /** A failed verdict is the user's problem, a broken one Tracer's or the run's (Surefire's distinction). */
    static void throwFor(Verdict verdict) throws MojoExecutionException, MojoFailureException {
        switch (verdict.kind()) {
            case BROKEN -> throw new MojoExecutionException(verdict.message());
            case FAILED -> throw new MojoFailureException(verdict.message());
            case PASSED -> {
            }
        }
    }
}

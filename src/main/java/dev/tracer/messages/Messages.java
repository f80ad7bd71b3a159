package dev.tracer.messages;

import java.util.Collection;

/**
 * Every message Tracer shows a user, in one place so that they stay consistent: each names the {@code -D}
 * property or POM element involved and says what to do.
 */
public final class Messages {
    private Messages() {
    }

    public static String skipped(String property) {
        return "Tests are skipped (" + property + ").";
    }

    public static String unknownProperty(String key, Collection<String> known) {
        return "Unknown property -D" + key + ". Known properties: " + String.join(", ", known)
                + ". Check the spelling, or remove it.";
    }

    public static String notBoolean(String property, String element, String value) {
        return "-D" + property + "=" + value + " is not a boolean: use -D" + property + " (or =true / =false), or <"
                + element + ">true</" + element + "> in the plugin's <configuration>.";
    }

    public static String notBooleanEnv(String variable, String value) {
        return "The environment variable " + variable + "=" + value + " is not a boolean: set it to true or false,"
                + " or unset it.";
    }

    public static String blankEnv(String variable) {
        return "The environment variable " + variable + " is empty: give a file path, or unset it.";
    }

    public static String blankOutput() {
        return "-Dtracer.output is empty: give a file path (for example -Dtracer.output=target/tracer/report.json),"
                + " or remove it to use the default.";
    }

    public static String oldSurefire(String version, String floor, String pinned) {
        return "maven-surefire-plugin " + version + " cannot run tracer's listener (it needs " + floor
                + " or newer); running " + pinned + " instead. Set <version> of maven-surefire-plugin in your POM to "
                + floor + " or newer to choose it yourself.";
    }

    /** @param where {@link #byModule} in a reactor, else empty */
    public static String testFailures(int failed, int invalid, int total, String where, String report) {
        return "There are test failures: " + failed + " failed, " + invalid + " invalid of " + total
                + " tests" + where + ". Report: " + report;
    }

    /** A test JVM broke and no test result explains it. */
    public static String runBrokeWithoutResults(String problem, int tests) {
        return "Surefire's test run broke (" + problem + ") and " + (tests == 0 ? "no test reported a result"
                : "no test that reported a result failed") + ": the results are incomplete, so the run fails."
                + " Run mvn test to see Surefire's own output.";
    }

    /** Surefire's XML reports count more tests than the listener reported. */
    public static String resultsMissing(int surefire, int reported, String reportsDirectory) {
        return "Surefire reported " + surefire + " tests in " + reportsDirectory + ", Tracer's listener " + reported
                + ": results are missing, so the run fails. Surefire's reports there list every test it ran; please"
                + " report this with the project's Surefire and test framework versions.";
    }

    public static String runErrorsHint(int errors) {
        return "The test run broke outside any test and results are missing: see errors" + (errors == 1 ? "" : " ("
                + errors + ")") + ".";
    }

    /** The build failure for a run that broke outside any test. */
    public static String runErrors(java.util.List<String> errors, String report) {
        return "The test run failed outside any test: " + String.join(" ", errors) + " Report: " + report;
    }

    public static String classFailures(int classes, String report) {
        return "There are test failures: " + classes + " test class" + (classes == 1 ? "" : "es")
                + " failed outside any test (see class_failures). Report: " + report;
    }

    /** What went wrong with a file, in words rather than an exception's bare path. */
    public static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "cannot create " + n.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** For a reactor: which modules the failures are in, e.g. {@code " (core: 2 failed; app: 1 invalid)"}. */
    public static String byModule(java.util.Map<String, int[]> failedAndInvalidByModule) {
        StringBuilder s = new StringBuilder();
        failedAndInvalidByModule.forEach((module, counts) -> {
            if (counts[0] + counts[1] == 0) {
                return;
            }
            s.append(s.length() == 0 ? " (" : "; ").append(module).append(": ");
            if (counts[0] > 0) {
                s.append(counts[0]).append(" failed");
            }
            if (counts[1] > 0) {
                s.append(counts[0] > 0 ? ", " : "").append(counts[1]).append(" invalid");
            }
        });
        return s.length() == 0 ? "" : s.append(')').toString();
    }

    public static String cannotWrite(String path, String reason) {
        return "Cannot write the report to " + path + " (tracer.output): " + reason
                + ". Set -Dtracer.output (or <output>) to a writable file path; the report was printed to stdout.";
    }

    public static String listenerSilent(String reportsDirectory) {
        return "The listener reported no events (JUnit Platform listeners deactivated, or a provider tracer does not"
                + " instrument); the document was built from Surefire's XML reports in " + reportsDirectory
                + ", so failure detail is limited to what they hold.";
    }

    public static String surefireFailed(String message) {
        return "Surefire reported a problem: " + message;
    }

    public static String nothingFailedBefore(String module) {
        return "tracer: no test failed in the previous run of " + module + "; nothing to run.";
    }

    public static String previousFailuresTip(int count) {
        return "tracer: " + count + (count == 1 ? " test" : " tests")
                + " failed in the previous run. Run only them with -Dtracer.failed (-Dtracer.noWarn hides this tip).";
    }

    public static String failedReplacesTest(String test) {
        return "-Dtest=" + test + " is ignored with -Dtracer.failed, which runs exactly the tests that failed in the"
                + " previous run. Drop one of them.";
    }

    public static String noPreviousFailuresHint() {
        return "No test failed in the previous run, so nothing ran. Run without -Dtracer.failed to run every test.";
    }

    public static String flakyFailure(int flaky, String report) {
        return "There are flaky tests: " + flaky + " failed, then passed when rerun (tracer.failOnFlaky). Report: "
                + report;
    }

    public static String notRerunFromXml() {
        return "Failures were not rerun: the results come from Surefire's XML reports, whose tests cannot be"
                + " selected exactly.";
    }

    public static String noTests() {
        return "No tests ran. Check the test sources, Surefire's includes/excludes and -Dtest.";
    }

    public static String traceNeedsPattern(String value) {
        return "-Dtracer.trace=" + value + " names no tests: give a class or Class#method pattern (for example"
                + " -Dtracer.trace=OrderRelayTest or -Dtracer.trace='OrderRelayTest#poison*'), or <trace> in the"
                + " plugin's <configuration>; or tag tests with @Tag(\"trace_messages\") instead.";
    }

    public static String badTraceBudget(String value) {
        return "-Dtracer.traceBudget=" + value + " is not a positive whole number: give the most events to record per"
                + " traced test (default 5000), or remove it.";
    }

    // ---------------------------------------------------------------- tracer:agent-test and tracer:cache

    public static String blankCacheDir() {
        return "-Dtracer.cacheDir is empty: give a directory (for example -Dtracer.cacheDir=.tracer), or remove it to"
                + " use the default.";
    }

    public static String notDuration(String property, String element, String value) {
        return "-D" + property + "=" + value + " is not a duration: use a number with ms, s, m, h or d (for example -D"
                + property + "=30m), or <" + element + ">30m</" + element + "> in the plugin's <configuration>.";
    }

    public static String notSize(String property, String element, String value) {
        return "-D" + property + "=" + value + " is not a size: use a number of bytes or one with KB, MB or GB (for"
                + " example -D" + property + "=64MB), or <" + element + ">64MB</" + element
                + "> in the plugin's <configuration>.";
    }

    public static String waitTimeout(String waited, String cacheDir) {
        return "Gave up after waiting " + waited + " for earlier test requests to finish (tracer.waitTimeout)."
                + " Raise it (for example -Dtracer.waitTimeout=1h), or see who holds the lock in " + cacheDir
                + " with mvn tracer:cache.";
    }

    public static String waitingForRequest(long seq, long pid, String selection) {
        return "tracer: waiting for the earlier request " + seq + (pid > 0 ? " of process " + pid : "")
                + " (" + selection + ") to finish.";
    }

    public static String waitingForLock(String holder) {
        return "tracer: waiting for the test runner's lock" + (holder == null ? "" : " (" + holder + ")") + ".";
    }

    public static String replayed(String runId, String selection) {
        return "tracer: " + selection + " already ran in run " + runId
                + ", which started after this request: replaying its results.";
    }

    public static String running(String runId, String selection) {
        return "tracer: running " + selection + " (run " + runId + ").";
    }

    public static String childBuildFailed(int exitCode, String detail) {
        return "The test build failed before it reported any test (exit code " + exitCode + ")"
                + (detail.isEmpty() ? "." : ":\n" + detail)
                + "\nRun mvn tracer:test-json with the same arguments to see the whole build output.";
    }

    public static String noMavenHome(String path) {
        return "Cannot find Maven's own launcher at " + path + " (from the system property maven.home) to run the"
                + " tests in a child build. Run tracer:agent-test with the mvn command of a Maven installation.";
    }

    public static String execMissing(String file) {
        return "The JaCoCo exec file " + file + " does not exist: the test JVM did not write it (it crashed, or the"
                + " agent's output is not a file). Check the argLine of maven-surefire-plugin, or run without"
                + " -Dtracer.cover.";
    }

    public static String execEmpty(String file) {
        return "The JaCoCo exec file " + file + " is empty: the agent recorded nothing (dumponexit=false, or the test"
                + " JVM was killed). Delete it and run again, or run without -Dtracer.cover.";
    }

    public static String execCorrupt(String file, String reason) {
        return "The JaCoCo exec file " + file + " is not JaCoCo execution data (" + reason + "). Delete it and run"
                + " again, or run without -Dtracer.cover.";
    }

    public static String coverageFailed(String reason) {
        return "Coverage could not be computed: " + reason;
    }

    public static String badThreshold(String value) {
        return "-Dtracer.coverThreshold=" + value + " is not a percentage: give a number from 0 to 100 (for example"
                + " -Dtracer.coverThreshold=80), or <coverThreshold>80</coverThreshold> in the plugin's"
                + " <configuration>.";
    }

    public static String badCounter(String value) {
        return "-Dtracer.coverCounter=" + value + " is not a JaCoCo counter: use LINE (the default), BRANCH,"
                + " INSTRUCTION, METHOD or CLASS.";
    }

    public static String coverageBelowThreshold(String percentage, String counter, String threshold,
            java.util.List<String> worst, String report) {
        return "Coverage is " + percentage + "% (" + counter + "), below -Dtracer.coverThreshold=" + threshold + "."
                + (worst.isEmpty() ? "" : " Classes that miss most: " + String.join(", ", worst) + ".")
                + " Report: " + report;
    }

    public static String coverageNoMatch(java.util.List<String> classes) {
        return "JaCoCo's execution data does not match the class files of " + String.join(", ", classes)
                + " (compiled again since the tests ran): they count as not covered. Delete the exec file, or run"
                + " after a clean build.";
    }

    public static String coverageReusesAgent(String execFile) {
        return "tracer: the test JVM already has a JaCoCo agent (for example from jacoco:prepare-agent); its exec"
                + " file " + execFile + " is reused rather than adding a second agent.";
    }

    public static String cannotPrepareAgent(String directory, String reason) {
        return "Cannot write the JaCoCo agent to " + directory + " (-Dtracer.cover): " + reason
                + ". Make target/ writable, or run without -Dtracer.cover.";
    }

    // ---------------------------------------------------------------- scenarios

    public static String unknownAdapter(String name, Collection<String> known) {
        return "<adapters> (-Dtracer.adapters) names '" + name + "', which is no adapter. Adapters: "
                + String.join(", ", known) + ". Fix the name (prefix it with - to disable that adapter), or add the"
                + " jar that provides it to the plugin's <dependencies>.";
    }

    public static String adapterConflict(String detail) {
        return "Scenario adapters clash: " + detail + ". Remove one of the jars from the plugin's <dependencies>.";
    }

    public static String scenariosWritten(int scenarios, int nodes, int files, int parsed, String file) {
        return "tracer: " + scenarios + " scenario" + (scenarios == 1 ? "" : "s") + ", " + nodes + " node"
                + (nodes == 1 ? "" : "s") + " from " + files + " source files (" + parsed + " parsed, "
                + (files - parsed) + " from the cache) -> " + file;
    }

    public static String scenariosFailed(String module, String reason) {
        return "tracer: scenario extraction of " + module + " failed (" + reason + "); the test results are not"
                + " affected. -Dtracer.scenarios=false turns extraction off.";
    }

    public static String cannotWriteHtml(String path, String reason) {
        return "Cannot write the HTML report " + path + ": " + reason + " (-Dtracer.html=false turns it off).";
    }

    public static String cannotWriteScenarios(String path, String reason) {
        return "Cannot write the scenario report to " + path + ": " + reason + ". Make target/tracer writable.";
    }

    public static String scenarioWarnings(int count, String file) {
        return "tracer: " + count + " scenario extraction warning" + (count == 1 ? "" : "s") + " (see \"warnings\" in "
                + file + ")";
    }

    public static String reportFailed(String reason) {
        return "tracer could not finish the report (" + reason + "); this is a bug in tracer-maven-plugin, please"
                + " report it with the build's output (-X).";
    }

    public static String cannotWriteView(String dir, String reason) {
        return "Cannot write a view of the report in " + dir + ": " + reason;
    }
}

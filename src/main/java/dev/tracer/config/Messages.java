package dev.tracer.config;

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

    public static String cannotWriteScenarios(String path, String reason) {
        return "Cannot write the scenario report to " + path + ": " + reason + ". Make target/tracer writable.";
    }

    public static String scenarioWarnings(int count, String file) {
        return "tracer: " + count + " scenario extraction warning" + (count == 1 ? "" : "s") + " (see \"warnings\" in "
                + file + ")";
    }
}

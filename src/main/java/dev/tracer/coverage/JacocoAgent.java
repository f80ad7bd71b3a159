package dev.tracer.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jacoco.agent.AgentJar;

/**
 * The JaCoCo agent on a test JVM's command line: the agent jar Tracer ships (the {@code jacocoagent.jar} resource of
 * the {@code org.jacoco.agent} artifact), its {@code -javaagent} argument, and how Tracer joins it to the user's
 * {@code argLine} without ever giving a JVM two JaCoCo agents (the JVM would abort).
 */
public final class JacocoAgent {
    /** {@code -javaagent:<jar>[=<options>]}, possibly quoted as a whole, with "jacoco" in the jar's name. */
    private static final Pattern JAVAAGENT = Pattern.compile(
            "\"(-javaagent:[^\"]*)\"|'(-javaagent:[^']*)'|(-javaagent:\\S+)");

    private JacocoAgent() {
    }

    /** The agent jar, written to {@code dir} unless an identical copy is already there. */
    public static Path extract(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve("jacocoagent.jar");
        byte[] bytes;
        try (InputStream in = AgentJar.getResourceAsStream()) {
            bytes = in.readAllBytes();
        }
        if (!Files.isRegularFile(jar) || Files.size(jar) != bytes.length
                || !java.util.Arrays.equals(Files.readAllBytes(jar), bytes)) {
            dev.tracer.io.AtomicFiles.writeBytes(jar, bytes);
        }
        return jar;
    }

    /**
     * Tracer's listener is not the project's code: the agent leaves it uninstrumented, which spares each test's two
     * events JaCoCo's probes.
     */
    static final String EXCLUDES = "dev.tracer.listener.*";

    /**
     * {@code -javaagent:<jar>=destfile=<exec>,excludes=<listener>[,includes=<includes>]}, quoted as a whole when a
     * path has a space.
     *
     * @param includes the classes to instrument ({@link AgentIncludes#of}), or null for all of them
     */
    public static String argument(Path agentJar, Path execFile, String includes) {
        String argument = "-javaagent:" + agentJar.toAbsolutePath() + "=destfile=" + execFile.toAbsolutePath()
                + ",excludes=" + EXCLUDES + (includes == null ? "" : ",includes=" + includes);
        return argument.contains(" ") ? "\"" + argument + "\"" : argument;
    }

    /**
     * What to give Surefire as {@code argLine} for one test run, and where its exec data will be.
     *
     * @param argLine  the value for Surefire's {@code argLine} parameter (replacing the configured one), or null to
     *                 leave it alone because it already has a JaCoCo agent
     * @param execFile the exec file the run writes
     * @param reused   true when the project's own JaCoCo agent (e.g. {@code jacoco:prepare-agent}) records the run
     */
    public record Plan(String argLine, Path execFile, boolean reused) {
    }

    /**
     * Joins the agent to the argLine the run would get. The effective argLine is Surefire's configured
     * {@code <argLine>} with {@code ${argLine}} and {@code @{argLine}} replaced by the {@code argLine} property (empty
     * when unset: an unresolved {@code @{argLine}} would reach the JVM literally and kill it), or the property alone
     * when nothing is configured. When that already runs a JaCoCo agent, its destfile is reused; otherwise Tracer's
     * agent is prepended to it.
     *
     * @param configured  Surefire's {@code <argLine>} as written in the POM, or null
     * @param property    the {@code argLine} property (set by the user, the POM or {@code jacoco:prepare-agent}), or
     *                    null
     * @param agentJar    Tracer's agent jar
     * @param ownExec     where Tracer's agent writes
     * @param includes    the classes Tracer's agent instruments ({@link AgentIncludes#of}), or null for all of them
     * @param workingDir  the test JVM's working directory, against which a relative destfile resolves
     */
    public static Plan plan(String configured, String property, Path agentJar, Path ownExec, String includes,
            Path workingDir) {
        String effective = effective(configured, property);
        Path existing = existingDestfile(effective, workingDir);
        if (existing != null) {
            return new Plan(null, existing, true);
        }
        String own = argument(agentJar, ownExec, includes);
        return new Plan(effective.isBlank() ? own : own + " " + effective.trim(), ownExec, false);
    }

    static String effective(String configured, String property) {
        String value = property == null ? "" : property;
        if (configured == null) {
            return value;
        }
        return configured.replace("${argLine}", value).replace("@{argLine}", value);
    }

    /**
     * The exec file of a JaCoCo agent on an argLine ({@code destfile}, by default {@code jacoco.exec} in the working
     * directory), or null when it has none.
     */
    public static Path existingDestfile(String argLine, Path workingDir) {
        if (argLine == null) {
            return null;
        }
        Matcher m = JAVAAGENT.matcher(argLine);
        while (m.find()) {
            String agent = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String spec = agent.substring("-javaagent:".length());
            int jarEnd = spec.toLowerCase(java.util.Locale.ROOT).indexOf(".jar");
            String jar = jarEnd < 0 ? spec : spec.substring(0, jarEnd + 4);
            String name = Path.of(jar.replace("\"", "")).getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.contains("jacoco")) {
                continue;
            }
            String options = jarEnd < 0 || spec.length() <= jarEnd + 5 ? "" : spec.substring(jarEnd + 5);
            String destfile = "jacoco.exec";
            for (String option : options.split(",")) {
                if (option.startsWith("destfile=")) {
                    destfile = option.substring("destfile=".length()).replace("\"", "");
                }
            }
            Path file = Path.of(destfile);
            return file.isAbsolute() ? file : workingDir.resolve(file);
        }
        return null;
    }
}

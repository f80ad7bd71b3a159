package dev.tracer.maven.surefire;

import dev.tracer.messages.Messages;
import dev.tracer.pipeline.BrokenRunException;
import dev.tracer.pipeline.TestRunner;
import dev.tracer.surefire.SurefireProblem;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Runs the project's own {@code maven-surefire-plugin:test} in this Maven, with the listener added.
 *
 * <p>With {@code -q}, stdout must hold the document alone, but Surefire logs its failure listing at ERROR level,
 * which {@code -q} still shows. Surefire logs through one SLF4J logger, and Maven's SLF4J binding (a copy of
 * slf4j-simple in Maven 3 and 4) reads a logger's level from a system property when the logger is created, that is
 * when the Surefire mojo is first instantiated; so a quiet build turns that logger off beforehand, unless the user
 * set its level. Tests' own output goes to Surefire's report files ({@code redirectTestOutputToFile}).
 */
public final class SurefireLauncher implements TestRunner {
    private static final String EXECUTION_ID = "default-test";
    static final String SUREFIRE_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.maven.plugin.surefire";
    /** Maven 4's name for the same level; it still reads the old one, but warns on stderr... which is stdout there. */
    static final String SUREFIRE_LOG_LEVEL_MAVEN_4 = "maven.logger.log.org.apache.maven.plugin.surefire";

    private final MavenSession session;
    private final MavenProject project;
    private final BuildPluginManager pluginManager;
    private final Log log;

    public SurefireLauncher(MavenSession session, MavenProject project, BuildPluginManager pluginManager, Log log) {
        this.session = session;
        this.project = project;
        this.pluginManager = pluginManager;
        this.log = log;
    }

    private boolean maven4() {
        return session.getSystemProperties().getProperty("maven.version", "").startsWith("4.");
    }

    /** Surefire's {@code MojoFailureException} is its verdict on the user's input; any other exception, breakage. */
    @Override
    public Outcome run(Pass pass) throws BrokenRunException {
        Plugin plugin = surefirePlugin();
        MojoDescriptor descriptor;
        try {
            descriptor = pluginManager.getMojoDescriptor(plugin, "test", project.getRemotePluginRepositories(),
                    session.getRepositorySession());
        } catch (Exception e) {
            throw new BrokenRunException("Cannot load maven-surefire-plugin " + plugin.getVersion() + ": "
                    + e.getMessage(), e);
        }
        String listener = SurefireVersions.needsRunListener(plugin.getVersion(), testNgOnClasspath())
                ? pass.runListenerClass() : null;
        Xpp3Dom configuration = SurefireConfiguration.build(descriptor, userConfiguration(plugin),
                pass.listenerJar().toString(), listener, !log.isInfoEnabled(), parameters(pass));
        MojoExecution execution = new MojoExecution(descriptor, EXECUTION_ID, MojoExecution.Source.CLI);
        execution.setConfiguration(configuration);
        execution.setLifecyclePhase("test");

        boolean quiet = !log.isInfoEnabled();
        if (quiet && System.getProperty(SUREFIRE_LOG_LEVEL) == null
                && System.getProperty(SUREFIRE_LOG_LEVEL_MAVEN_4) == null) {
            System.setProperty(maven4() ? SUREFIRE_LOG_LEVEL_MAVEN_4 : SUREFIRE_LOG_LEVEL, "off");
        }
        String problem = null;
        boolean problemIsFailure = false;
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        try {
            pluginManager.executeMojo(session, execution);
        } catch (org.apache.maven.plugin.MojoFailureException e) {
            problem = SurefireProblem.condense(e.getMessage());
            problemIsFailure = true;
            log.debug(e);
        } catch (Exception e) {
            problem = e.getMessage() == null ? e.toString() : SurefireProblem.condense(e.getMessage());
            log.debug(e);
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(reportsDirectory(execution, configuration), problem, problemIsFailure, startedAt,
                durationMs, intParameter(execution, configuration, "rerunFailingTestsCount"));
    }

    /** The Surefire parameters Tracer sets over the user's. */
    static Map<String, String> parameters(Pass pass) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (pass.testFilter() != null) {
            parameters.put("test", pass.testFilter());
            // A selected class may hold no selected test on this provider: that is not an error.
            parameters.put("failIfNoSpecifiedTests", "false");
        }
        if (pass.reportsDirectory() != null) {
            parameters.put("reportsDirectory", pass.reportsDirectory().toString());
        }
        if (pass.argLine() != null) {
            parameters.put("argLine", pass.argLine());
        }
        return parameters;
    }

    @Override
    public boolean narrowsTestNgRows() {
        return project.getArtifacts().stream()
                .filter(a -> SurefireVersions.TESTNG_KEY.equals(a.getGroupId() + ":" + a.getArtifactId()))
                .allMatch(a -> a.getFile() == null || hasDataProviderInterceptor(a.getFile().toPath()));
    }

    /** Whether a TestNG jar has {@code IDataProviderInterceptor} (TestNG 7); an unreadable jar counts as old. */
    static boolean hasDataProviderInterceptor(java.nio.file.Path testNgJar) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(testNgJar.toFile())) {
            return zip.getEntry("org/testng/IDataProviderInterceptor.class") != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Whether TestNG is among the project's test artifacts (then Surefire below 3.6 runs its TestNG provider). */
    private boolean testNgOnClasspath() {
        return project.getArtifacts().stream()
                .anyMatch(a -> SurefireVersions.TESTNG_KEY.equals(a.getGroupId() + ":" + a.getArtifactId()));
    }

    /**
     * Surefire's {@code <argLine>} as the POM writes it ({@code default-test} execution over plugin level), not yet
     * evaluated; null when not configured.
     */
    @Override
    public String configuredArgLine() {
        Xpp3Dom user = userConfiguration(surefirePlugin(false));
        Xpp3Dom argLine = user == null ? null : user.getChild("argLine");
        return argLine == null ? null : argLine.getValue();
    }

    /** The project's Surefire, or the pinned version in place of one too old to drive. */
    private Plugin surefirePlugin() {
        return surefirePlugin(true);
    }
    private Plugin surefirePlugin(boolean warn) {
        Plugin declared = project.getPlugin(SurefireVersions.KEY);
        Plugin plugin;
        if (declared == null) {
            plugin = new Plugin();
            plugin.setGroupId(SurefireVersions.GROUP_ID);
            plugin.setArtifactId(SurefireVersions.ARTIFACT_ID);
            plugin.setVersion(SurefireVersions.PINNED);
        } else {
            plugin = declared.clone();
            if (SurefireVersions.belowFloor(declared.getVersion())) {
                if (warn) {
                    log.warn(Messages.oldSurefire(String.valueOf(declared.getVersion()), SurefireVersions.FLOOR,
                            SurefireVersions.PINNED));
                }
                plugin.setVersion(SurefireVersions.PINNED);
            }
        }
        return plugin;
    }

    /** The {@code default-test} execution's configuration over the plugin-level one. */
    private static Xpp3Dom userConfiguration(Plugin plugin) {
        Xpp3Dom pluginLevel = plugin.getConfiguration() instanceof Xpp3Dom dom ? new Xpp3Dom(dom) : null;
        PluginExecution execution = plugin.getExecutionsAsMap().get(EXECUTION_ID);
        Xpp3Dom executionLevel = execution != null && execution.getConfiguration() instanceof Xpp3Dom dom
                ? new Xpp3Dom(dom) : null;
        return Xpp3Dom.mergeXpp3Dom(executionLevel, pluginLevel);
    }

    /** An integer parameter's effective value (its expression evaluated), 0 when unset or not a number. */
    private int intParameter(MojoExecution execution, Xpp3Dom configuration, String name) {
        Xpp3Dom dom = configuration.getChild(name);
        String expression = dom == null ? null
                : dom.getValue() != null ? dom.getValue() : dom.getAttribute("default-value");
        if (expression == null) {
            return 0;
        }
        try {
            Object value = new PluginParameterExpressionEvaluator(session, execution).evaluate(expression);
            return value == null ? 0 : Integer.parseInt(value.toString().trim());
        } catch (ExpressionEvaluationException | NumberFormatException e) {
            return 0;
        }
    }

    private Path reportsDirectory(MojoExecution execution, Xpp3Dom configuration) {
        Xpp3Dom dom = configuration.getChild("reportsDirectory");
        String expression = dom == null ? null
                : dom.getValue() != null ? dom.getValue() : dom.getAttribute("default-value");
        if (expression != null) {
            try {
                Object value = new PluginParameterExpressionEvaluator(session, execution).evaluate(expression);
                if (value != null) {
                    File file = new File(value.toString());
                    return (file.isAbsolute() ? file : new File(project.getBasedir(), value.toString())).toPath();
                }
            } catch (ExpressionEvaluationException e) {
                log.debug(e);
            }
        }
        return Paths.get(project.getBuild().getDirectory(), "surefire-reports");
    }
}

package dev.tracer.maven;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tracer.html.HtmlReport;
import dev.tracer.io.JsonFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A "Tracer" page in {@code mvn site}, like {@code surefire-report} and {@code jacoco:report}: the last run's
 * document of this project ({@code target/tracer/report.json}, written by {@code tracer:test-json}) in the site's own
 * style, and the self-contained {@code report.html} beside it as {@code tracer-report.html}. In a reactor each
 * module's page shows its own run; the page of the project Maven ran in shows the whole reactor (its document
 * aggregates every module). Add it under {@code <reporting>}, run {@code mvn tracer:test-json} (or
 * {@code mvn verify tracer:test-json}), then {@code mvn site}.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractTracerMojo implements MavenReport {
    static final String OUTPUT_NAME = "tracer";
    static final String HTML_COPY = "tracer-report.html";

    /**
     * The document the page shows.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.reportFile", defaultValue = "${project.build.directory}/tracer/report.json")
    private File reportFile;

    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** In {@code mvn site} it reads only its document; it has never rejected other {@code -D} properties. */
    @Override
    protected boolean checksUserProperties() {
        return false;
    }

    /** Run on its own (not from {@code mvn site}): nothing to render into; say where the pages are. */
    @Override
    protected void executeGoal() {
        getLog().info("tracer:report adds a page to mvn site (add it under <reporting>); the page of the last run"
                + " for people is " + HtmlReport.besides(reportFile.toPath()));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        JsonNode document = null;
        if (reportFile.isFile()) {
            try {
                document = JsonFormat.MAPPER.readTree(reportFile);
            } catch (IOException e) {
                throw new MavenReportException("Cannot read " + reportFile + ": " + e.getMessage()
                        + ". Run mvn tracer:test-json again to write it.", e);
            }
        }
        boolean withPage = document != null && copyPage();
        new SiteReportPage(sink, project.getName() == null ? project.getArtifactId() : project.getName())
                .render(document, withPage ? HTML_COPY : null, reportFile.getName());
    }

    /** report.html into the site beside this page, so the site links to it; false when there is none. */
    private boolean copyPage() throws MavenReportException {
        Path page = HtmlReport.besides(reportFile.toPath());
        if (!Files.isRegularFile(page)) {
            return false;
        }
        try {
            Path target = getReportOutputDirectory().toPath().resolve(HTML_COPY);
            Files.createDirectories(target.getParent());
            Files.copy(page, target, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new MavenReportException("Cannot copy " + page + " into the site: " + e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Tracer";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The last test run as Tracer saw it: failures with expected/actual, flaky tests, coverage.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return true; // without a document the page says how to get one
    }
}

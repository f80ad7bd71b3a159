package dev.tracer.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * report.html in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, found on
 * the PATH; {@code .ci/run} installs them) driven by Selenium, on the page of a real run and on a generated page of
 * 85,000 tests. Screenshots go to {@code target/tracer-html/}.
 */
class ReportInBrowserTest {
    static final Path OUT = Path.of("target", "tracer-html");
    static final long INTERACTIVE_BUDGET_MS = 2_000;
    static final int TIMED_LOADS = 5;

    private static ChromeDriver driver;

    @BeforeAll
    static void startChromium() {
        Path chromedriver = onPath("chromedriver");
        Path chromium = onPath("chromium");
        if (chromedriver == null || chromium == null) {
            fail("report.html is tested in headless Chromium: install Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver; .ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--allow-file-access-from-files", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aRealRunsPageListsFailuresFirstFiltersAndShowsTheDiff() throws IOException {
        Path page = OUT.resolve("real-run.html");
        Files.createDirectories(OUT);
        Files.writeString(page, HtmlReport.render(HtmlReportTest.realDocument(), HtmlReportTest.REAL_ROOT));
        open(page);

        // The list's first rows are the failures, and a failure expands into its detail, diff included.
        List<WebElement> states = driver.findElements(By.cssSelector("#rows tr > td:first-child .badge"));
        assertEquals("failed", states.get(0).getText().toLowerCase());
        assertTrue(states.stream().map(e -> e.getText().toLowerCase()).toList().indexOf("passed")
                > states.stream().map(e -> e.getText().toLowerCase()).toList().lastIndexOf("failed"),
                "every failed row before every passed row");
        WebElement toggle = driver.findElement(By.cssSelector("#rows button.toggle"));
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement expanded = driver.findElement(By.cssSelector("#rows tr.detail details.test[open]"));
        assertTrue(expanded.isDisplayed());

        // The plain-HTML failures: a collapsed one opens from the keyboard, and its expected/actual diff shows.
        WebElement receipt = driver.findElement(By.xpath(
                "//section[@id='failures']/details[.//span[@class='name'][text()='receiptListsEveryItem()']]"));
        assertFalse(receipt.getAttribute("open") != null, "collapsed at first");
        receipt.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        assertTrue(receipt.getAttribute("open") != null, "Enter opens it");
        WebElement expected = receipt.findElement(By.cssSelector("figure.diff pre del mark"));
        WebElement actual = receipt.findElement(By.cssSelector("figure.diff pre ins"));
        assertTrue(expected.isDisplayed() && actual.isDisplayed());
        assertEquals(" cents", expected.getText());
        assertEquals("+ total 300", actual.getText());

        // The filters narrow the list.
        int all = rows().size();
        type(By.id("f-text"), "receipt");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> rows().size() == 1);
        assertTrue(rows().get(0).getText().contains("receiptListsEveryItem()"));
        driver.findElement(By.id("f-text")).clear();
        type(By.id("f-text"), " ");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> rows().size() == all);
        selectByText("f-tag", "fast");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> rows().size() == 2);
        selectByText("f-tag", "any");
        selectByText("f-state", "skipped (1)");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> rows().size() == 1);
        assertTrue(rows().get(0).getText().contains("currency support is not written yet"));
        selectByText("f-state", "any");
        type(By.id("f-class"), "RelayTest");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> rows().size() == 2);

        // "/" jumps to the search from anywhere.
        driver.findElement(By.tagName("h1")).click();
        driver.switchTo().activeElement().sendKeys("/");
        assertEquals("f-text", driver.switchTo().activeElement().getAttribute("id"));

        assertNoConsoleErrors();
        screenshot("real-run.png");
    }

    @Test
    void withoutJavaScriptTheSummaryAndFailuresStillRead() throws IOException {
        Path page = OUT.resolve("real-run.html");
        Files.createDirectories(OUT);
        Files.writeString(page, HtmlReport.render(HtmlReportTest.realDocument(), HtmlReportTest.REAL_ROOT));
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            driver.get(page.toAbsolutePath().toUri().toString());
            assertEquals("✗ Failed 4 of 8 tests failed", driver.findElement(By.cssSelector(".verdict")).getText());
            WebElement first = driver.findElement(By.cssSelector("#failures details.test[open]"));
            assertTrue(first.getText().contains("expected: <9000> but was: <10000>"), first.getText());
            assertTrue(first.findElement(By.cssSelector(".source .failing")).isDisplayed());
            assertFalse(driver.findElement(By.id("filters")).isDisplayed(), "no dead controls without the script");
            assertTrue(driver.findElement(By.cssSelector("#tests noscript, #tests")).getText()
                    .contains("needs JavaScript"));
            screenshot("real-run-no-script.png");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    @Test
    void eightyFiveThousandTestsBecomeInteractiveUnderTwoSeconds() throws IOException {
        Path page = OUT.resolve("passing-85000.html");
        Files.createDirectories(OUT);
        HtmlReport.write(GeneratedDocuments.passing(85_000), null, page);
        assertTrue(Files.size(page) < 20_000_000, Files.size(page) + " bytes");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < TIMED_LOADS; i++) {
            open(page);
            // From the start of navigation to the moment the script drew the list and attached its handlers.
            Number ms = (Number) ((JavascriptExecutor) driver).executeScript(
                    "var m = performance.getEntriesByName('tracer-interactive');"
                            + " return m.length ? m[0].startTime : -1;");
            times.add(Math.round(ms.doubleValue()));
        }
        System.out.println("report.html, 85,000 tests, " + Files.size(page) + " bytes: interactive after " + times
                + " ms");
        Files.writeString(OUT.resolve("passing-85000-timings.txt"), times + "\n");
        times.forEach(ms -> assertTrue(ms > 0 && ms < INTERACTIVE_BUDGET_MS,
                "interactive after " + ms + " ms, budget " + INTERACTIVE_BUDGET_MS + ": " + times));
        assertEquals(100, rows().size(), "one page of rows");
        type(By.id("f-text"), "feature8499test");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> rows().size() == 10);
        assertNoConsoleErrors();
        screenshot("passing-85000.png");
    }

    private static void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d).executeScript(
                "return performance.getEntriesByName('tracer-interactive').length > 0"));
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#rows > tr:not(.detail)"));
    }

    private static void type(By field, String text) {
        driver.findElement(field).sendKeys(text);
    }

    private static void selectByText(String id, String text) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(text);
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::toString).toList(), "console errors and warnings");
    }

    /** The whole page from the top (the window grows to the page's height, at most 8,000 pixels). */
    private static void screenshot(String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(8_000, height + 140)));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

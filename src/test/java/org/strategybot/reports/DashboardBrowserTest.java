package org.strategybot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.bot.FakeConnector;
import org.strategybot.bot.TeamsActivities;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/**
 * The dashboard in a real browser (headless Chromium) against the real application on a fresh store: signing
 * in, filters, a change made through the bot, keyboard use, themes and contrast, a phone-width screen, and the
 * committee report downloaded as the page downloads it. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DashboardBrowserTest {

    static final String ADMIN = "00000000-0000-0000-0000-000000000003";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static FakeConnector connector;
    static ChromeDriver browser;
    static Path downloads;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestStore.freshDataDir(registry);
        connector = new FakeConnector();
        registry.add("strategy-bot.admins", () -> ADMIN);
    }

    @BeforeAll
    static void start() throws IOException {
        downloads = Files.createTempDirectory("strategy-bot-downloads");
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start(downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (connector != null) {
            connector.close();
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void freshPage() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        browser.get(url("/dashboard/"));
        browser.executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        Chromium.consoleErrors(browser);
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(Chromium.consoleErrors(browser)).as("console errors").isEmpty();
    }

    @Test
    void signingInWithTheAccessKeyShowsTheStrategyAndEveryPriorityWithItsRagInWords() throws IOException {
        assertThat(visible("signin")).isTrue();
        assertThat(browser.findElement(By.cssSelector("label[for=api-key]")).getText()).isEqualTo("Access key");

        signIn();

        List<WebElement> cards = browser.findElements(By.cssSelector("#cards > li"));
        assertThat(cards).hasSize(5);
        for (WebElement card : cards) {
            assertThat(card.findElement(By.cssSelector(".status .rag")).getText()).isIn("Red", "Amber", "Green");
            assertThat(card.getText()).contains("% complete").contains("Lead:");
        }
        assertThat(text("vision")).contains("safe and cared for");
        assertThat(browser.findElements(By.cssSelector("#values li"))).hasSize(5);
        assertThat(text("sample")).contains("Sample data").contains("Illustrative");
        assertThat(browser.findElements(By.cssSelector("#chart svg rect"))).hasSize(5 * 13);
        assertThat(browser.findElements(By.cssSelector("#updates-list li"))).isNotEmpty();
        assertThat(browser.executeScript("return sessionStorage.length")).isEqualTo(1L);
        screenshot("dashboard.png");
    }

    @Test
    void aWrongKeyShowsTheSignInFormAgainWithAClearMessage() {
        browser.findElement(By.id("api-key")).sendKeys("not-the-key", Keys.ENTER);
        until(d -> visible("signin-error"));

        assertThat(text("signin-error")).contains("not accepted");
        assertThat(visible("content")).isFalse();
        assertThat(browser.executeScript("return sessionStorage.length")).as("a refused key is not kept").isEqualTo(0L);
        // the refused request itself is the one console error this page may show
        assertThat(Chromium.consoleErrors(browser)).allMatch(e -> e.contains("401"));
    }

    @Test
    void filtersNarrowTheActionsTableAsTheApiDoes() throws Exception {
        signIn();
        int all = rows().size();
        assertThat(all).isEqualTo(api("/api/actions").size());

        filter("filter-priority", "SP2");
        assertThat(codes()).isNotEmpty().allMatch(c -> c.startsWith("SP2."));
        reset();

        filter("filter-rag", "red");
        assertThat(column(4)).isNotEmpty().allMatch("Red"::equals);
        assertThat(rows()).hasSize(api("/api/actions?rag=red").size());
        reset();

        Select owner = new Select(browser.findElement(By.id("filter-owner")));
        String someone = owner.getOptions().get(1).getText();
        filter("filter-owner", someone);
        assertThat(column(2)).isNotEmpty().allMatch(someone::equals);
        reset();

        filter("filter-overdue", "true");
        assertThat(column(6)).isNotEmpty().allMatch(f -> f.contains("Overdue"));
        assertThat(rows()).hasSize(api("/api/actions?overdue=true").size()).hasSizeLessThan(all);
        reset();

        filter("filter-stale", "true");
        assertThat(rows()).hasSize(api("/api/actions?stale=true").size()).hasSizeLessThan(all);
        assertThat(column(6)).allMatch(f -> f.contains("Stale"));
        reset();
        assertThat(rows()).hasSize(all);
    }

    @Test
    void aRagChangeMadeThroughTheBotShowsOnReload() throws Exception {
        signIn();
        assertThat(cardRag("SP4")).isEqualTo("Green");

        JsonNode card = propose("SP4.1 is now red - the ASYE cohort start has slipped to spring");
        assertThat(Serialization.toString(confirm(card))).contains("Saved: SP4.1");

        browser.navigate().refresh();
        until(d -> visible("content"));
        assertThat(cardRag("SP4")).isEqualTo("Red");
        assertThat(browser.findElement(By.cssSelector("#card-SP4 .latest")).getText()).contains("ASYE cohort start has slipped");
        assertThat(browser.findElement(By.cssSelector("#actions-table tr[data-code='SP4.1']")).getText()).contains("Red");
        assertThat(text("updates-list")).contains("ASYE cohort start has slipped");
    }

    @Test
    void theKeyboardAloneReachesTheFiltersAndTheTableAndChangesAFilter() {
        signIn();
        browser.findElement(By.tagName("body")).click();
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 80 && !reached.contains("actions-region"); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            reached.add(String.valueOf(browser.executeScript("return document.activeElement.id || document.activeElement.tagName")));
        }
        assertThat(reached).as("focus order").containsSubsequence("filter-priority", "filter-rag", "filter-owner",
                "filter-overdue", "filter-stale", "actions-region");
        assertThat((Boolean) browser.executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle !== 'none'")).as("focus is visible").isTrue();

        browser.findElement(By.id("filter-rag")).sendKeys("Red");
        awaitQuery("rag=red");
        assertThat(column(4)).isNotEmpty().allMatch("Red"::equals);
    }

    @Test
    void everyTextMeetsAaContrastInTheLightAndDarkThemes() throws IOException {
        signIn();
        assertThat(browser.executeScript("return document.documentElement.dataset.theme")).isEqualTo("light");
        assertThat(worstContrast()).as("light theme").isGreaterThanOrEqualTo(4.5);

        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        until(d -> "dark".equals(browser.executeScript("return document.documentElement.dataset.theme")));
        assertThat(worstContrast()).as("dark theme").isGreaterThanOrEqualTo(4.5);
        screenshot("dashboard-dark.png");

        // inside Teams the page takes Teams' theme instead (the SDK itself needs Teams, so its handler is called here)
        for (String teamsTheme : List.of("default", "dark", "contrast")) {
            browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "import('/dashboard/teams.js').then((m) => { m.applyTheme(arguments[0]); done(); });", teamsTheme);
            assertThat(browser.executeScript("return document.documentElement.dataset.theme"))
                    .isEqualTo("default".equals(teamsTheme) ? "light" : teamsTheme);
            assertThat(worstContrast()).as("Teams theme " + teamsTheme).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void printingKeepsTheStatusAndDropsTheControls() throws IOException {
        signIn();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(visible("filters")).isFalse();
        assertThat(visible("report")).isFalse();
        assertThat(visible("sign-out")).isFalse();
        assertThat(visible("cards")).isTrue();
        assertThat(visible("actions-table")).isTrue();

        Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] pdf = java.util.Base64.getDecoder().decode((String) printed.get("data"));
        Files.write(SCREENSHOTS.resolve("dashboard-print.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("SP1").contains("% complete")
                    .containsAnyOf("Red", "Amber", "Green").doesNotContain("Clear filters");
        }
    }

    @Test
    void onAPhoneWidthScreenNothingScrollsSideways() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn();
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as(String.valueOf(browser.executeScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && e.parentElement.getBoundingClientRect().right <= document.documentElement.clientWidth + 1).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')")))
                .isLessThanOrEqualTo(0);
        screenshot("dashboard-phone.png");
    }

    @Test
    void theCommitteeReportIsPreviewedAndDownloadedWithItsTextInThePdf() throws Exception {
        // where the chat's "Open the committee report" button leads
        browser.get(url("/dashboard/#report"));
        signIn();
        until(d -> "report-heading".equals(browser.executeScript("return document.activeElement.id")));
        browser.findElement(By.id("report-preview")).click();
        until(d -> visible("report-frame"));
        WebElement frame = browser.findElement(By.id("report-frame"));
        browser.switchTo().frame(frame);
        until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Committee report");
        assertThat(browser.findElement(By.cssSelector(".rag")).getCssValue("font-weight")).as("the report's own style applies")
                .isEqualTo("700");
        browser.switchTo().defaultContent();
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("report")));
        Files.write(SCREENSHOTS.resolve("committee-report.png"), frame.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("#report-form button[data-format=pdf]")).click();
        Path pdf = awaitDownload(".pdf");
        assertThat(pdf.getFileName().toString()).startsWith("committee-report-wokingham-2021-24-");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Committee report: Children's Services Strategy 2021-2024 (sample data)")
                    .contains("Sample data.").contains("RAG and change since the last report")
                    .contains("SP1").contains("SP5").contains("Key updates in the period").contains("Overdue actions");
            assertThat(text).containsAnyOf("Red", "Amber", "Green");
            for (PDFont font : fonts(document)) {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
        }
    }

    // --- helpers ---

    private void signIn() {
        until(d -> visible("signin") || visible("content"));
        if (visible("signin")) {
            browser.findElement(By.id("api-key")).sendKeys(TestStore.API_KEY, Keys.ENTER);
        }
        until(d -> visible("content"));
    }

    private void filter(String id, String value) {
        WebElement select = browser.findElement(By.id(id));
        new Select(select).selectByValue(value);
        awaitQuery(select.getDomAttribute("name") + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }

    private void reset() {
        browser.findElement(By.id("filter-reset")).click();
        awaitQuery("");
    }

    /** The page marks the table with the query it was last drawn from. */
    private void awaitQuery(String query) {
        until(d -> query.equals(browser.findElement(By.id("actions-table")).getDomAttribute("data-query")));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#actions-table tbody tr"));
    }

    private List<String> codes() {
        return column(0);
    }

    private List<String> column(int index) {
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    private String cardRag(String code) {
        return browser.findElement(By.cssSelector("#card-" + code + " .status .rag")).getText();
    }

    private boolean visible(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    /** The whole page, not just the window: Chromium's DevTools capture beyond the viewport. */
    private void screenshot(String name) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", size.get("height"), "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * The lowest contrast ratio (WCAG 2.1 formula) between any visible text and the background behind it;
     * the chart's SVG is left out (its cells carry letters in fixed colours checked by eye).
     */
    private double worstContrast() {
        Object result = ((JavascriptExecutor) browser).executeScript("""
                const lum = (c) => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => {
                  v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                const back = (el) => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
                  const p = c.match(/[\\d.]+/g); if (p && (p.length < 4 || +p[3] > 0.5)) return c; } return 'rgb(255, 255, 255)'; };
                let worst = { ratio: 21, what: '' };
                for (const el of document.querySelectorAll('body *')) {
                  if (el.closest('svg, iframe') || el.getClientRects().length === 0) continue;
                  if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
                  const [hi, lo] = [lum(getComputedStyle(el).color), lum(back(el))].sort((x, y) => y - x);
                  const ratio = (hi + 0.05) / (lo + 0.05);
                  if (ratio < worst.ratio) worst = { ratio, what: el.textContent.trim().slice(0, 40) };
                }
                return [worst.ratio, worst.what];""");
        List<?> worst = (List<?>) result;
        double ratio = ((Number) worst.get(0)).doubleValue();
        if (ratio < 4.5) {
            System.out.println("Lowest contrast " + ratio + " at: " + worst.get(1));
        }
        return ratio;
    }

    private Path awaitDownload(String extension) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(extension)).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + extension + " was downloaded to " + downloads);
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    // --- the bot, as Teams calls it ---

    /** An administrator posts an update in a 1:1 chat; the bot answers on the connector with a confirmation card. */
    private JsonNode propose(String text) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), TeamsActivities.Conversation.PERSONAL, text);
        asAdmin(message);
        int mark = connector.mark();
        assertThat(post(message).statusCode()).isBetween(200, 202);
        List<FakeConnector.Call> replies = connector.awaitSince(mark, 1, Duration.ofSeconds(10));
        assertThat(replies).isNotEmpty();
        return replies.get(0).body().path("attachments").path(0).path("content");
    }

    /** The administrator presses Confirm: Teams sends the card's data as an adaptiveCard/action invoke. */
    private JsonNode confirm(JsonNode card) throws Exception {
        ObjectNode invoke = TeamsActivities.base(connector.url(), TeamsActivities.Conversation.PERSONAL, "invoke");
        asAdmin(invoke);
        invoke.put("name", "adaptiveCard/action");
        ObjectNode action = invoke.putObject("value").put("trigger", "manual").putObject("action");
        ObjectNode data = action.put("type", "Action.Execute").put("verb", "confirmUpdate").putObject("data");
        data.put("strategyBot", true).put("verb", "confirmUpdate").put("proposalId", card.findValue("proposalId").asText());
        card.findParents("id").stream().filter(n -> n.path("type").asText().startsWith("Input.") && n.has("value"))
                .forEach(input -> data.set(input.path("id").asText(), input.path("value")));
        HttpResponse<String> response = post(invoke);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Serialization.jsonToTree(response.body()).path("value");
    }

    private static void asAdmin(ObjectNode activity) {
        activity.with("from").put("aadObjectId", ADMIN).put("id", "29:admin").put("name", "Ada Admin");
    }

    private HttpResponse<String> post(ObjectNode activity) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/messages"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("X-API-Key", TestStore.API_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Serialization.jsonToTree(response.body());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

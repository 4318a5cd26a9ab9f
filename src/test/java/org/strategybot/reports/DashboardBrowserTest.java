package org.strategybot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.Rest;
import org.strategybot.bot.TeamsChat;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;

/**
 * The dashboard in a real browser (headless Chromium) against the real application on a fresh store: signing
 * in, filters, a change made through the bot, keyboard use, themes and contrast, a phone-width screen, and the
 * committee report downloaded as the page downloads it. Screenshots go to target/screenshots/.
 */
@EndpointTest
// it reads the sample plan's RAGs as shipped, which other classes' updates (an override on SP4) would change
@TestPropertySource(properties = EndpointTest.OWN_APPLICATION + "=it shows the sample plan's RAGs as shipped")
class DashboardBrowserTest {

    static final Path SCREENSHOTS = DashboardPage.SCREENSHOTS;
    static ChromeDriver browser;
    static Path downloads;

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
    }

    TeamsChat admin;
    Rest rest;
    private DashboardPage page;

    @BeforeEach
    void freshPage() {
        page = new DashboardPage(browser);
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
        assertThat(page.visible("signin")).isTrue();
        assertThat(browser.findElement(By.cssSelector("label[for=api-key]")).getText()).isEqualTo("Access key");

        page.signIn();

        List<WebElement> cards = browser.findElements(By.cssSelector("#cards > li"));
        assertThat(cards).hasSize(5);
        for (WebElement card : cards) {
            assertThat(card.findElement(By.cssSelector(".status .rag")).getText()).isIn("Red", "Amber", "Green");
            assertThat(card.getText()).contains("% complete").contains("Lead:");
        }
        assertThat(page.text("vision")).contains("safe and cared for");
        assertThat(browser.findElements(By.cssSelector("#values li"))).hasSize(5);
        assertThat(page.text("sample")).contains("Sample data").contains("Illustrative");
        assertThat(browser.findElements(By.cssSelector("#chart svg rect"))).hasSize(5 * 13);
        assertThat(browser.findElements(By.cssSelector("#updates-list li"))).isNotEmpty();
        assertThat(browser.executeScript("return sessionStorage.length")).isEqualTo(1L);
        page.screenshot("dashboard.png");
    }

    @Test
    void aWrongKeyShowsTheSignInFormAgainWithAClearMessage() {
        browser.findElement(By.id("api-key")).sendKeys("not-the-key", Keys.ENTER);
        page.until(d -> page.visible("signin-error"));

        assertThat(page.text("signin-error")).contains("not accepted");
        assertThat(page.visible("content")).isFalse();
        assertThat(browser.executeScript("return sessionStorage.length")).as("a refused key is not kept").isEqualTo(0L);
        // the refused request itself is the one console error this page may show
        assertThat(Chromium.consoleErrors(browser)).allMatch(e -> e.contains("401"));
    }

    @Test
    void filtersNarrowTheActionsTableAsTheApiDoes() throws Exception {
        page.signIn();
        int all = page.rows().size();
        assertThat(all).isEqualTo(api("/api/actions").size());

        page.filter("filter-priority", "SP2");
        assertThat(page.column(0)).isNotEmpty().allMatch(c -> c.startsWith("SP2."));
        page.reset();

        page.filter("filter-rag", "red");
        assertThat(page.column(4)).isNotEmpty().allMatch("Red"::equals);
        assertThat(page.rows()).hasSize(api("/api/actions?rag=red").size());
        page.reset();

        Select owner = new Select(browser.findElement(By.id("filter-owner")));
        String someone = owner.getOptions().get(1).getText();
        page.filter("filter-owner", someone);
        assertThat(page.column(2)).isNotEmpty().allMatch(someone::equals);
        page.reset();

        page.filter("filter-overdue", "true");
        assertThat(page.column(6)).isNotEmpty().allMatch(f -> f.contains("Overdue"));
        assertThat(page.rows()).hasSize(api("/api/actions?overdue=true").size()).hasSizeLessThan(all);
        page.reset();

        page.filter("filter-stale", "true");
        assertThat(page.rows()).hasSize(api("/api/actions?stale=true").size()).hasSizeLessThan(all);
        assertThat(page.column(6)).allMatch(f -> f.contains("Stale"));
        page.reset();
        assertThat(page.rows()).hasSize(all);
    }

    @Test
    void aRagChangeMadeThroughTheBotShowsOnReload() throws Exception {
        page.signIn();
        assertThat(page.cardRag("SP4")).isEqualTo("Green");

        JsonNode card = admin.propose(EndpointTest.ADMIN, "SP4.1 is now red - the ASYE cohort start has slipped to spring");
        assertThat(Serialization.toString(admin.confirm(EndpointTest.ADMIN, card))).contains("Saved: SP4.1");

        browser.navigate().refresh();
        page.until(d -> page.visible("content"));
        assertThat(page.cardRag("SP4")).isEqualTo("Red");
        assertThat(browser.findElement(By.cssSelector("#card-SP4 .latest")).getText()).contains("ASYE cohort start has slipped");
        assertThat(browser.findElement(By.cssSelector("#actions-table tr[data-code='SP4.1']")).getText()).contains("Red");
        assertThat(page.text("updates-list")).contains("ASYE cohort start has slipped");
    }

    @Test
    void theKeyboardAloneReachesTheFiltersAndTheTableAndChangesAFilter() {
        page.signIn();
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
        page.awaitQuery("rag=red");
        assertThat(page.column(4)).isNotEmpty().allMatch("Red"::equals);
    }

    @Test
    void everyTextMeetsAaContrastInTheLightAndDarkThemes() throws IOException {
        page.signIn();
        assertThat(browser.executeScript("return document.documentElement.dataset.theme")).isEqualTo("light");
        assertThat(page.worstContrast()).as("light theme").isGreaterThanOrEqualTo(4.5);

        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        page.until(d -> "dark".equals(browser.executeScript("return document.documentElement.dataset.theme")));
        assertThat(page.worstContrast()).as("dark theme").isGreaterThanOrEqualTo(4.5);
        page.screenshot("dashboard-dark.png");

        // inside Teams the page takes Teams' theme instead (the SDK itself needs Teams, so its handler is called here)
        for (String teamsTheme : List.of("default", "dark", "contrast")) {
            browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "import('/dashboard/teams.js').then((m) => { m.applyTheme(arguments[0]); done(); });", teamsTheme);
            assertThat(browser.executeScript("return document.documentElement.dataset.theme"))
                    .isEqualTo("default".equals(teamsTheme) ? "light" : teamsTheme);
            assertThat(page.worstContrast()).as("Teams theme " + teamsTheme).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void printingKeepsTheStatusAndDropsTheControls() throws IOException {
        page.signIn();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(page.visible("filters")).isFalse();
        assertThat(page.visible("report")).isFalse();
        assertThat(page.visible("sign-out")).isFalse();
        assertThat(page.visible("cards")).isTrue();
        assertThat(page.visible("actions-table")).isTrue();

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
        page.signIn();
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as(String.valueOf(browser.executeScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && e.parentElement.getBoundingClientRect().right <= document.documentElement.clientWidth + 1).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')")))
                .isLessThanOrEqualTo(0);
        page.screenshot("dashboard-phone.png");
    }

    @Test
    void anAdministratorChecksAPlanSpreadsheetWhichReadersDoNotSee() throws Exception {
        page.signIn();
        assertThat(page.visible("upkeep")).as("readers cannot change the plan, so they do not see its upkeep").isFalse();
        browser.findElement(By.id("sign-out")).click();
        page.signIn(TestStore.ADMIN_KEY);
        page.until(d -> page.visible("upkeep"));

        Path sheet = Files.createTempDirectory("strategy-bot-sheet").resolve("Action plan.csv");
        Files.write(sheet, org.strategybot.planadmin.PlanSheets.csv());
        browser.findElement(By.id("plan-file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.findElement(By.id("plan-check")).click();
        page.until(d -> page.text("import-status").startsWith("The check found"));
        assertThat(page.text("import-status")).contains("6 added", "4 refused", "the sample plan", "header on row 4");
        assertThat(page.text("import-details")).contains("Row 12 refused: 'Purple' is not a RAG status").doesNotContain("Jayden");
        assertThat(browser.findElement(By.id("plan-apply")).isEnabled()).isTrue();
        page.screenshot("dashboard-plan-upkeep.png");
    }

    @Test
    void aStatusCardsDashboardLinkLandsOnItsPriority() {
        // where a status card's "Open in the dashboard" leads, for an action as for a priority
        browser.get(url("/dashboard/#SP4.2"));
        page.signIn();
        page.until(d -> "H3".equals(browser.executeScript("return document.activeElement.tagName")));
        assertThat(browser.executeScript("return document.activeElement.closest('li').id")).isEqualTo("card-SP4");
    }

    @Test
    void theCommitteeReportIsPreviewedAndDownloadedWithItsTextInThePdf() throws Exception {
        // where the chat's "Open the committee report" button leads
        browser.get(url("/dashboard/#report"));
        page.signIn();
        page.until(d -> "report-heading".equals(browser.executeScript("return document.activeElement.id")));
        browser.findElement(By.id("report-preview")).click();
        page.until(d -> page.visible("report-frame"));
        WebElement frame = browser.findElement(By.id("report-frame"));
        browser.switchTo().frame(frame);
        page.until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Committee report");
        assertThat(browser.findElement(By.cssSelector(".rag")).getCssValue("font-weight")).as("the report's own style applies")
                .isEqualTo("700");
        browser.switchTo().defaultContent();
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("report")));
        Files.write(SCREENSHOTS.resolve("committee-report.png"), frame.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("#report-form button[data-format=pdf]")).click();
        Path pdf = DashboardPage.awaitDownload(downloads, ".pdf");
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

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var pdfPage : document.getPages()) {
            for (var name : pdfPage.getResources().getFontNames()) {
                fonts.add(pdfPage.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = rest.get(path, TestStore.API_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Serialization.jsonToTree(response.body());
    }

    private String url(String path) {
        return rest.url(path);
    }
}

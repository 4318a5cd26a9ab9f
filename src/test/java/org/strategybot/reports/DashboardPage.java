package org.strategybot.reports;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.strategybot.system.TestStore;

/** The dashboard as a person uses it in the browser: signing in, filtering, reading; and what the tests measure of it. */
final class DashboardPage {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver browser;

    DashboardPage(ChromeDriver browser) {
        this.browser = browser;
    }

    void signIn() {
        signIn(TestStore.API_KEY);
    }

    void signIn(String key) {
        until(d -> visible("signin") || visible("content"));
        if (visible("signin")) {
            browser.findElement(By.id("api-key")).sendKeys(key, Keys.ENTER);
        }
        until(d -> visible("content"));
    }

    void filter(String id, String value) {
        WebElement select = browser.findElement(By.id(id));
        new Select(select).selectByValue(value);
        awaitQuery(select.getDomAttribute("name") + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    void reset() {
        browser.findElement(By.id("filter-reset")).click();
        awaitQuery("");
    }

    /** The page marks the table with the query it was last drawn from. */
    void awaitQuery(String query) {
        until(d -> query.equals(browser.findElement(By.id("actions-table")).getDomAttribute("data-query")));
    }

    List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#actions-table tbody tr"));
    }

    List<String> column(int index) {
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    String cardRag(String code) {
        return browser.findElement(By.cssSelector("#card-" + code + " .status .rag")).getText();
    }

    boolean visible(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    void until(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    /** The whole page, not just the window: Chromium's DevTools capture beyond the viewport. */
    void screenshot(String name) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", size.get("height"), "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * The lowest contrast ratio (WCAG 2.1 formula) between any visible text and the background behind it;
     * the chart's SVG is left out (its cells carry letters in fixed colours checked by eye).
     */
    double worstContrast() {
        List<?> worst = (List<?>) browser.executeScript("""
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
        double ratio = ((Number) worst.get(0)).doubleValue();
        if (ratio < 4.5) {
            System.out.println("Lowest contrast " + ratio + " at: " + worst.get(1));
        }
        return ratio;
    }

    static Path awaitDownload(Path folder, String extension) throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(extension)).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + extension + " was downloaded to " + folder);
    }
}

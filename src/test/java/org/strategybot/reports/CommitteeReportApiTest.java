package org.strategybot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Change;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.actions.RagAt;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.Rest;
import org.strategybot.system.TestStore;

/**
 * The committee report over REST on the real app and a fresh store: its three formats behind the API key, the
 * period it covers and the errors for a bad one, RAG change rebuilt from the history as the trend is, notes that
 * cannot break the HTML or the Markdown, and the PDF's text read back with PDFBox.
 */
@EndpointTest
class CommitteeReportApiTest {

    @Autowired
    ActionPlan plan;
    @Autowired
    StrategyCatalog catalog;
    @Autowired
    CommitteeReports reports;

    Rest rest;

    @ParameterizedTest
    @ValueSource(strings = { "html", "pdf", "md" })
    void eachFormatNeedsTheApiKey(String format) throws Exception {
        HttpResponse<byte[]> refused = get("/api/reports/committee." + format, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(get("/api/reports/committee." + format, TestStore.API_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void theReportSaysWhichPeriodItCoversAndThatItsDataIsSample() throws Exception {
        LocalDate to = today().minusDays(10);
        LocalDate from = to.minusMonths(2);
        String md = text("/api/reports/committee.md?from=" + from + "&to=" + to);
        assertThat(md).contains("Covers " + ReportHtml.DAY.format(from) + " to " + ReportHtml.DAY.format(to))
                .contains("(sample data)").contains("> **Sample data.** Illustrative sample action plan")
                .contains("## Strategic priorities: RAG and change since the last report").contains("| SP4 ");

        assertThat(text("/api/reports/committee.md?from=" + from + "&to=2099-12-31"))
                .as("a period cannot end after today").contains("Covers " + ReportHtml.DAY.format(from) + " to " + ReportHtml.DAY.format(today()));

        String defaulted = text("/api/reports/committee.md");
        assertThat(defaulted).contains("Covers " + ReportHtml.DAY.format(today().minusMonths(3)) + " to " + ReportHtml.DAY.format(today()));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            from=2026-13-01                      | 'from' must be a date written YYYY-MM-DD
            to=yesterday                         | 'to' must be a date written YYYY-MM-DD
            from=2026-06-01&to=2026-05-01        | starts (2026-06-01) after it ends (2026-05-01)
            from=2099-01-01&to=2099-02-01        | in the future
            from=2020-01-01&to=2026-01-01        | at most three years
            """)
    void aBadPeriodIsABadRequestThatSaysWhy(String query, String detail) throws Exception {
        for (String format : List.of("html", "pdf", "md")) {
            HttpResponse<byte[]> response = get("/api/reports/committee." + format + "?" + query, TestStore.API_KEY);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
            assertThat(new String(response.body())).contains(detail).doesNotContain("Exception");
        }
        assertThat(get("/api/reports/committee.md?strategy=nowhere", TestStore.API_KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void ragChangeIsRebuiltFromTheHistoryAsTheTrendIs() {
        Strategy strategy = catalog.defaultStrategy();
        List<PriorityStatus> now = plan.status(strategy).priorities();
        RagAt windowStart = plan.ragAt(strategy, List.of(plan.trendWindowStart())).get(0);
        for (PriorityStatus p : now) {
            assertThat(windowStart.of(p.code())).as(p.code() + " at the trend window's start").isEqualTo(p.previous());
        }
        CommitteeReport report = reports.build(strategy, reports.period(today().minusMonths(6), today()));
        for (CommitteeReport.PriorityRow row : report.priorities()) {
            PriorityStatus p = now.stream().filter(s -> s.code().equals(row.code())).findFirst().orElseThrow();
            assertThat(row.end()).as(row.code() + " at the period's end (today)").isEqualTo(p.rag());
        }
        // the sample history has RAG changes over the last six months
        assertThat(report.priorities()).anyMatch(r -> r.start() != r.end());
        assertThat(report.updates()).isNotEmpty().first().matches(CommitteeReport.KeyUpdate::changedRag);
    }

    @Test
    void aNoteCannotBreakTheMarkdownTableOrBecomeHtml() throws Exception {
        String note = "Delayed | see <script>alert('x')</script> **now**\nsecond line \u0001 & [link](http://evil.example)";
        plan.apply(catalog.defaultStrategy(), new Change(UUID.randomUUID().toString(), "SP2.1",
                new ProgressUpdate.State(Rag.AMBER, null, null), note, "Ada Admin", "00000000-0000-0000-0000-000000000003"));

        String md = text("/api/reports/committee.md");
        String row = md.lines().filter(l -> l.contains("| SP2.1 |") && l.contains("Delayed")).findFirst().orElseThrow();
        assertThat(row.split("(?<!\\\\)\\|", -1)).as("unescaped pipes in " + row).hasSize(7);
        assertThat(row).contains("Delayed \\| see &lt;script&gt;").contains("\\*\\*now\\*\\* second line")
                .contains("\\[link\\]").doesNotContain("<script>");

        HttpResponse<byte[]> html = get("/api/reports/committee.html", TestStore.API_KEY);
        String page = new String(html.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Delayed | see &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>")
                .doesNotContain("\u0001");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse(""))
                .startsWith("default-src 'none'; style-src 'sha256-").doesNotContain("unsafe-inline");

        assertThat(pdfText(get("/api/reports/committee.pdf", TestStore.API_KEY).body())).contains("Delayed | see <script>");
    }

    @Test
    void thePdfHasTheReportsTextInEmbeddedFonts() throws Exception {
        HttpResponse<byte[]> response = get("/api/reports/committee.pdf", TestStore.API_KEY);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment").contains("committee-report-wokingham-2021-24-" + today().minusMonths(3));
        String text = pdfText(response.body());
        assertThat(text).contains("Committee report: Children's Services Strategy 2021-2024 (sample data)")
                .contains("Covers " + ReportHtml.DAY.format(today().minusMonths(3)))
                .contains("Strategic priorities: RAG and change since the last report")
                .contains("SP1 Ensure we are designed").contains("children’s workforce")
                .contains("Key updates in the period").contains("Overdue actions").contains("Sample data.");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            var resources = pdf.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void theDashboardShellIsOpenButHoldsNoDataAndItsDataNeedsTheKey() throws Exception {
        HttpResponse<byte[]> shell = get("/dashboard/", null);
        assertThat(shell.statusCode()).isEqualTo(200);
        String csp = shell.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'none'").contains("script-src 'self' https://res.cdn.office.net;")
                .contains("frame-ancestors 'self' https://teams.microsoft.com").doesNotContain("unsafe");
        assertThat(new String(shell.body())).contains("Access key").doesNotContain("SP1").doesNotContain("Vision is that");
        assertThat(get("/dashboard/dashboard.js", null).headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(get("/api/dashboard", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/rag-history", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/rag-history?months=0", TestStore.API_KEY).statusCode()).isEqualTo(400);
        assertThat(text("/api/dashboard")).contains("\"sample\":true").contains("\"owners\":[");
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String text(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, TestStore.API_KEY);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String path, String key) throws Exception {
        return rest.bytes(path, key);
    }
}

package org.strategybot.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.actions.ActionPlan;
import org.strategybot.reports.CommitteeReport;
import org.strategybot.reports.CommitteeReports;
import org.strategybot.reports.ReportHtml;
import org.strategybot.reports.ReportMarkdown;
import org.strategybot.reports.ReportPdf;
import org.strategybot.strategy.StrategyScope;

/**
 * The committee report for a period ({@code from}, {@code to}: dates, both optional) as HTML, PDF or Markdown,
 * behind the same credential as the rest of the REST API.
 */
@RestController
class ReportController {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final StrategyScope scope;
    private final CommitteeReports reports;
    private final ZoneId zone;

    ReportController(StrategyScope scope, CommitteeReports reports, ActionPlan plan) {
        this.scope = scope;
        this.reports = reports;
        this.zone = plan.zone();
    }

    @GetMapping("/api/reports/committee.html")
    ResponseEntity<String> html(@RequestParam(required = false) String strategy, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        CommitteeReport report = report(strategy, from, to);
        return file(report, "html", new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", ReportHtml.CONTENT_SECURITY_POLICY)
                .body(ReportHtml.render(report, zone));
    }

    @GetMapping("/api/reports/committee.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String strategy, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        CommitteeReport report = report(strategy, from, to);
        return file(report, "pdf", MediaType.APPLICATION_PDF).body(ReportPdf.render(ReportHtml.render(report, zone)));
    }

    @GetMapping("/api/reports/committee.md")
    ResponseEntity<String> markdown(@RequestParam(required = false) String strategy,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        CommitteeReport report = report(strategy, from, to);
        return file(report, "md", MARKDOWN).body(ReportMarkdown.render(report, zone));
    }

    private CommitteeReport report(String strategy, String from, String to) {
        return reports.build(scope.forRequest(strategy), reports.period(date("from", from), date("to", to)));
    }

    private static ResponseEntity.BodyBuilder file(CommitteeReport report, String extension, MediaType type) {
        String name = "committee-report-" + report.strategyId() + "-" + report.from() + "-to-" + report.to() + "." + extension;
        ContentDisposition disposition = ("pdf".equals(extension) || "md".equals(extension)
                ? ContentDisposition.attachment() : ContentDisposition.inline()).filename(name).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date written YYYY-MM-DD, such as 2026-09-01.");
        }
    }
}

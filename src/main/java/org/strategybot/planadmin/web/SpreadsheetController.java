package org.strategybot.planadmin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.access.Caller;
import org.strategybot.access.Callers;
import org.strategybot.actions.ActionFilter;
import org.strategybot.actions.ActionPlan;
import org.strategybot.planadmin.ImportReport;
import org.strategybot.planadmin.PlanExport;
import org.strategybot.planadmin.PlanSpreadsheets;
import org.strategybot.strategy.StrategyScope;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The plan in and out as a spreadsheet: import (administrators only, as every write is; a dry run first) and
 * export as CSV or XLSX in the columns the import reads.
 */
@RestController
class SpreadsheetController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanSpreadsheets spreadsheets;
    private final PlanExport export;
    private final ActionPlan plan;
    private final StrategyScope scope;

    SpreadsheetController(PlanSpreadsheets spreadsheets, PlanExport export, ActionPlan plan, StrategyScope scope) {
        this.spreadsheets = spreadsheets;
        this.export = export;
        this.plan = plan;
        this.scope = scope;
    }

    /**
     * Imports the plan from a spreadsheet sent as the body ({@code text/csv} or the XLSX media type). With
     * {@code dryRun=true} nothing is written and the answer says what would change.
     *
     * @param name the file's name, for the history ("imported from plan.xlsx"); else the Content-Disposition's
     */
    @PostMapping(path = "/api/strategies/{id}/plan", consumes = {"text/csv", XLSX, "application/vnd.ms-excel"})
    ResponseEntity<?> importPlan(@PathVariable String id, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean retireMissing,
            @RequestParam(defaultValue = "false") boolean skipRefused, @RequestParam(required = false) String name,
            HttpServletRequest request) throws IOException {
        var strategy = scope.forRequest(id);
        byte[] body = PlanAdminController.body(request, spreadsheets.settings().maxFileSize().toBytes());
        PlanSpreadsheets.Format format = request.getContentType() != null && request.getContentType().startsWith(XLSX)
                ? PlanSpreadsheets.Format.XLSX : PlanSpreadsheets.Format.CSV;
        Caller caller = Callers.current().orElseThrow();
        ImportReport report = spreadsheets.importPlan(strategy, name != null ? name : dispositionName(request), format, body,
                new PlanSpreadsheets.Options(dryRun, retireMissing, skipRefused), caller.name(), null);
        return ResponseEntity.ok(report);
    }

    /** Actions as CSV for Power BI and Excel: UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8. */
    @GetMapping("/api/export/actions.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String strategy,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String rag,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean stale) {
        ActionFilter filter = plan.filter(scope.forRequest(strategy), priority, rag, owner, overdue, stale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("actions.csv"))
                .body("\uFEFF" + export.csv(filter));
    }

    @GetMapping("/api/export/actions.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String strategy,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String rag,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean stale) {
        ActionFilter filter = plan.filter(scope.forRequest(strategy), priority, rag, owner, overdue, stale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("actions.xlsx"))
                .body(export.xlsx(filter));
    }

    private static String dispositionName(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        try {
            return header == null ? null : ContentDisposition.parse(header).getFilename();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String attachment(String file) {
        return ContentDisposition.attachment().filename(file).build().toString();
    }
}

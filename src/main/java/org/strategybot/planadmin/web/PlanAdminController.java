package org.strategybot.planadmin.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.access.Caller;
import org.strategybot.access.Callers;
import org.strategybot.actions.PlanChanges;
import org.strategybot.planadmin.ImportReport;
import org.strategybot.planadmin.PlanMaintenance;
import org.strategybot.planadmin.PlanMaintenance.ActionInput;
import org.strategybot.planadmin.PlanSpreadsheets;
import org.strategybot.planadmin.TooLarge;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyScope;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An administrator's upkeep of the plan over REST (every method but GET needs an administrator): actions added,
 * edited, re-owned and re-dated several at once, and retired; priorities added, renamed and retired; a new strategy
 * period started from an imported plan. Each takes {@code dryRun=true} to say what it would do.
 */
@RestController
class PlanAdminController {

    /** Several actions given the same owner or due date. */
    record Bulk(List<String> codes, String owner, String ownerEmail, String due) {
    }

    record Codes(List<String> codes) {
    }

    record PriorityInput(String title, List<String> topics) {
    }

    /** A new strategy period: the strategy it follows, with the plan imported into it. */
    record Period(String id, String title, int from, int to, ImportReport plan) {
    }

    private final PlanMaintenance maintenance;
    private final PlanSpreadsheets spreadsheets;
    private final StrategyScope scope;

    PlanAdminController(PlanMaintenance maintenance, PlanSpreadsheets spreadsheets, StrategyScope scope) {
        this.maintenance = maintenance;
        this.spreadsheets = spreadsheets;
        this.scope = scope;
    }

    @PostMapping("/api/strategies/{id}/actions")
    ResponseEntity<PlanChanges> add(@PathVariable String id, @RequestBody ActionInput input,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        Strategy strategy = scope.forRequest(id);
        if (input.code() != null && maintenance.has(strategy, input.code())) {
            throw new IllegalArgumentException("There is already an action " + input.code().trim() + "; change it with PATCH.");
        }
        PlanChanges changes = maintenance.save(strategy, List.of(input), dryRun, author());
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(changes);
    }

    @PatchMapping("/api/strategies/{id}/actions/{code}")
    PlanChanges edit(@PathVariable String id, @PathVariable String code, @RequestBody ActionInput input,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        Strategy strategy = scope.forRequest(id);
        if (!maintenance.has(strategy, code)) {
            throw new NoSuchElementException("There is no action " + code + " in " + strategy.id() + ".");
        }
        return maintenance.save(strategy, List.of(new ActionInput(input.priority(), code, input.title(), input.businessArea(),
                input.owner(), input.ownerEmail(), input.due(), input.rag(), input.percent(), input.note())), dryRun, author());
    }

    /** The same owner or due date for several actions at once. */
    @PatchMapping("/api/strategies/{id}/actions")
    PlanChanges bulk(@PathVariable String id, @RequestBody Bulk bulk, @RequestParam(defaultValue = "false") boolean dryRun) {
        if (bulk.codes() == null || bulk.codes().isEmpty()) {
            throw new IllegalArgumentException("Name the actions to change in 'codes'.");
        }
        return maintenance.save(scope.forRequest(id), bulk.codes().stream().map(code -> new ActionInput(null, code, null,
                null, bulk.owner(), bulk.ownerEmail(), bulk.due(), null, null, null)).toList(), dryRun, author());
    }

    @PostMapping("/api/strategies/{id}/actions/retire")
    PlanChanges retire(@PathVariable String id, @RequestBody Codes codes, @RequestParam(defaultValue = "false") boolean dryRun) {
        if (codes.codes() == null || codes.codes().isEmpty()) {
            throw new IllegalArgumentException("Name the actions to retire in 'codes'.");
        }
        return maintenance.retire(scope.forRequest(id), codes.codes(), dryRun, author());
    }

    /** Adds a priority, or renames one. */
    @PutMapping("/api/strategies/{id}/priorities/{code}")
    Strategy.Priority savePriority(@PathVariable String id, @PathVariable String code, @RequestBody PriorityInput input) {
        Strategy saved = maintenance.savePriority(scope.forRequest(id), code, input.title(), input.topics());
        return saved.priority(code).orElseThrow();
    }

    @PostMapping("/api/strategies/{id}/priorities/{code}/retire")
    Map<String, Object> retirePriority(@PathVariable String id, @PathVariable String code) {
        Strategy saved = maintenance.retirePriority(scope.forRequest(id), code, author());
        return Map.of("strategy", saved.id(), "revision", saved.revision(), "priorities",
                saved.priorities().items().stream().map(Strategy.Priority::code).toList());
    }

    /**
     * Starts the period after this strategy from the plan in the body (a spreadsheet, as for importing a plan): its
     * statements and priorities carried over, the previous period kept readable and reportable by its id.
     */
    @PostMapping(path = "/api/strategies/{id}/periods", consumes = {"text/csv", SpreadsheetController.XLSX})
    ResponseEntity<Period> startPeriod(@PathVariable String id, @RequestParam("id") String newId,
            @RequestParam(required = false) String title, @RequestParam int from, @RequestParam int to,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean skipRefused,
            @RequestParam(required = false) String name, HttpServletRequest request) throws IOException {
        Strategy previous = scope.forRequest(id);
        byte[] body = body(request, spreadsheets.settings().maxFileSize().toBytes());
        PlanSpreadsheets.Format format = request.getContentType().startsWith(SpreadsheetController.XLSX)
                ? PlanSpreadsheets.Format.XLSX : PlanSpreadsheets.Format.CSV;
        var started = maintenance.startPeriod(previous, newId, title, from, to, name, format, body,
                new PlanSpreadsheets.Options(dryRun, false, skipRefused), author());
        Strategy next = started.getKey();
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new Period(next.id(), next.title(), from, to, started.getValue()));
    }

    /** The request's body, read one byte past the limit: a body sent without a length is refused once too large. */
    static byte[] body(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new TooLarge("The file is larger than " + limit + " bytes (strategy-bot.plan-import.max-file-size); nothing was imported.");
        }
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
        }
    }

    private static PlanMaintenance.Author author() {
        return new PlanMaintenance.Author(Callers.current().map(Caller::name).orElse("an administrator"), null);
    }
}

package org.strategybot.actions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.access.Caller;
import org.strategybot.access.Callers;
import org.strategybot.actions.ActionFilter;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.LeadOverride;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.actions.Trend;
import org.strategybot.actions.UpdateView;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyScope;

/**
 * The action plan over REST, the same live data the bot answers from. Every endpoint takes an optional
 * {@code strategy} id and otherwise serves the default strategy.
 */
@RestController
class PlanController {

    /** A priority in a list: its status without the action detail. */
    record PrioritySummary(String code, String title, String lead, Rag rag, Rag calculated,
            LeadOverride override, Rag previous, Trend trend, int percent, PriorityStatus.Counts counts,
            UpdateView latest, boolean sample) {

        static PrioritySummary of(PriorityStatus p) {
            return new PrioritySummary(p.code(), p.title(), p.lead(), p.rag(), p.calculated(), p.override(),
                    p.previous(), p.trend(), p.percent(), p.counts(), p.latest(), p.sample());
        }
    }

    private static final int HISTORY_LIMIT = 500;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final StrategyScope scope;
    private final ActionPlan plan;

    PlanController(StrategyScope scope, ActionPlan plan) {
        this.scope = scope;
        this.plan = plan;
    }

    @GetMapping("/api/priorities")
    List<PrioritySummary> priorities(@RequestParam(required = false) String strategy) {
        return plan.status(strategy(strategy)).priorities().stream().map(PlanController::asSeen).map(PrioritySummary::of)
                .toList();
    }

    @GetMapping("/api/priorities/{code}")
    PriorityStatus priority(@PathVariable String code, @RequestParam(required = false) String strategy) {
        Strategy s = strategy(strategy);
        return plan.status(s, code).map(PlanController::asSeen).orElseThrow(() -> new NoSuchElementException(
                "No priority '" + code + "' in " + s.id() + "."));
    }

    @GetMapping("/api/actions")
    List<ActionView> actions(@RequestParam(required = false) String strategy,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String rag,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean stale) {
        return plan.actions(filter(strategy, priority, rag, owner, overdue, stale));
    }

    /**
     * The audit trail: updates since a time, or the history of one priority (with its actions) or action,
     * each with who made it, when, and the values before and after.
     */
    @GetMapping("/api/updates")
    List<UpdateView> updates(@RequestParam(required = false) String strategy,
            @RequestParam(required = false) String since, @RequestParam(required = false) String target) {
        Strategy s = strategy(strategy);
        if (target != null) {
            String code = target.trim().toUpperCase(Locale.ROOT);
            if (plan.current(s, code).isEmpty()) {
                throw new IllegalArgumentException("'" + target + "' is neither a priority nor an action of " + s.id() + ".");
            }
            return asSeen(plan.history(s, code, HISTORY_LIMIT));
        }
        return asSeen(plan.updatesSince(s.id(), since == null ? plan.trendWindowStart() : instant(since)));
    }

    /**
     * Notes and reasons their authors marked sensitive are for 1:1 chats and, over REST, for administrators: the audit
     * trail is theirs. Other readers (the dashboard in a channel tab, reporting tools) get the entry without its note.
     */
    private static boolean seesSensitive() {
        return Callers.current().map(Caller::admin).orElse(false);
    }

    private static List<UpdateView> asSeen(List<ProgressUpdate> updates) {
        boolean all = seesSensitive();
        return updates.stream().map(UpdateView::of).map(u -> all ? u : u.withoutSensitiveNote()).toList();
    }

    private static PriorityStatus asSeen(PriorityStatus p) {
        return seesSensitive() ? p : p.withoutSensitive();
    }

    private ActionFilter filter(String strategy, String priority, String rag, String owner, Boolean overdue, Boolean stale) {
        return plan.filter(strategy(strategy), priority, rag, owner, overdue, stale);
    }

    private Strategy strategy(String id) {
        return scope.forRequest(id);
    }

    /** An instant ("2026-11-16T09:00:00Z") or a date ("2026-11-16", from its start in the plan's zone). */
    private Instant instant(String text) {
        String expected = "'since' must be a date (2026-11-16) or an instant (2026-11-16T09:00:00Z) in the years 1 to 9999.";
        Instant since;
        try {
            since = Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                since = LocalDate.parse(text).atStartOfDay(plan.zone()).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new IllegalArgumentException(expected);
            }
        }
        // ISO dates may have any number of year digits; the store's dates hold milliseconds in a long
        if (since.isBefore(EARLIEST) || since.isAfter(LATEST)) {
            throw new IllegalArgumentException(expected);
        }
        return since;
    }
}

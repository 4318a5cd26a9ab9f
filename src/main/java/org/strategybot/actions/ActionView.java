package org.strategybot.actions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action as people see it: its stored values plus what the rules make of them today.
 *
 * @param ownerEmail the owner's email or UPN as the plan gives it, or null
 */
public record ActionView(
        String code,
        String priority,
        String title,
        String businessArea,
        String owner,
        LocalDate due,
        Rag rag,
        int percent,
        Instant lastUpdateAt,
        boolean complete,
        boolean overdue,
        boolean stale,
        boolean sample,
        String ownerEmail) {

    public ActionView(String code, String priority, String title, String businessArea, String owner, LocalDate due,
            Rag rag, int percent, Instant lastUpdateAt, boolean complete, boolean overdue, boolean stale, boolean sample) {
        this(code, priority, title, businessArea, owner, due, rag, percent, lastUpdateAt, complete, overdue, stale,
                sample, null);
    }

    /**
     * @param today       the date in the plan's time zone
     * @param staleBefore an open action last updated before this is stale
     */
    static ActionView of(Action a, LocalDate today, Instant staleBefore) {
        boolean complete = a.complete();
        return new ActionView(a.code(), a.priority(), a.title(), a.businessArea(), a.owner(), a.due(), a.rag(),
                a.percent(), a.lastUpdateAt(), complete,
                !complete && a.due() != null && a.due().isBefore(today),
                !complete && a.lastUpdateAt() != null && a.lastUpdateAt().isBefore(staleBefore),
                a.sample(), a.ownerEmail());
    }
}

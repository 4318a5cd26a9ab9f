package org.strategybot.actions.web;

import java.util.List;

import org.strategybot.actions.ActionView;
import org.strategybot.system.Csv;

/** Actions as RFC 4180 CSV. */
final class ActionsCsv {

    static final List<String> HEADER = List.of("strategy", "priority", "code", "title", "business_area", "owner",
            "due", "rag", "percent_complete", "complete", "overdue", "stale", "last_update", "sample");

    private ActionsCsv() {
    }

    static String write(String strategyId, List<ActionView> actions) {
        StringBuilder csv = new StringBuilder(Csv.row(HEADER.toArray(String[]::new)));
        for (ActionView a : actions) {
            csv.append(Csv.row(strategyId, a.priority(), a.code(), a.title(), a.businessArea(), a.owner(),
                    a.due() == null ? "" : a.due().toString(), a.rag() == null ? "" : a.rag().label(),
                    String.valueOf(a.percent()), String.valueOf(a.complete()), String.valueOf(a.overdue()),
                    String.valueOf(a.stale()), a.lastUpdateAt() == null ? "" : a.lastUpdateAt().toString(),
                    String.valueOf(a.sample())));
        }
        return csv.toString();
    }
}

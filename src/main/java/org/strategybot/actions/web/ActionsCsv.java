package org.strategybot.actions.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.strategybot.actions.ActionView;

/** Actions as RFC 4180 CSV. */
final class ActionsCsv {

    static final List<String> HEADER = List.of("strategy", "priority", "code", "title", "business_area", "owner",
            "due", "rag", "percent_complete", "complete", "overdue", "stale", "last_update", "sample");

    private ActionsCsv() {
    }

    static String write(String strategyId, List<ActionView> actions) {
        StringBuilder csv = new StringBuilder(row(HEADER.stream()));
        for (ActionView a : actions) {
            csv.append(row(Stream.of(strategyId, a.priority(), a.code(), a.title(), a.businessArea(), a.owner(),
                    a.due() == null ? "" : a.due().toString(), a.rag() == null ? "" : a.rag().label(),
                    String.valueOf(a.percent()), String.valueOf(a.complete()), String.valueOf(a.overdue()),
                    String.valueOf(a.stale()), a.lastUpdateAt() == null ? "" : a.lastUpdateAt().toString(),
                    String.valueOf(a.sample()))));
        }
        return csv.toString();
    }

    private static String row(Stream<String> cells) {
        return cells.map(ActionsCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * Quoted where needed; a cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with
     * an apostrophe, because action titles and owners come from people.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

package org.strategybot.actions;

import java.util.List;
import java.util.stream.Collectors;

/** What an import changed, in one line for the log: codes and field names, never the text of notes. */
final class PlanChangesLog {

    private static final int LISTED = 20;

    private PlanChangesLog() {
    }

    static String describe(PlanChanges c) {
        if (c.changesNothing() && c.refused().isEmpty()) {
            return "no change";
        }
        StringBuilder out = new StringBuilder();
        out.append(c.added().size()).append(" added").append(codes(c.added()));
        out.append(", ").append(c.changed().size()).append(" changed").append(c.changed().stream().limit(LISTED)
                .map(a -> a.code() + " (" + a.fields().stream().map(PlanChangesLog::field).collect(Collectors.joining("; ")) + ")")
                .collect(Collectors.joining(", ", c.changed().isEmpty() ? "" : ": ", "")));
        out.append(", ").append(c.unchanged().size()).append(" unchanged");
        out.append(", ").append(c.retired().size()).append(" retired").append(codes(c.retired()));
        if (c.sampleRemoved() > 0) {
            out.append(", ").append(c.sampleRemoved()).append(" sample actions replaced");
        }
        if (!c.refused().isEmpty()) {
            out.append(", ").append(c.refused().size()).append(" refused: ").append(c.refused().stream().limit(LISTED)
                    .map(PlanChanges.Refusal::reason).collect(Collectors.joining(" ")));
        }
        return out.toString();
    }

    private static String codes(List<PlanChanges.ActionChange> changes) {
        return changes.isEmpty() ? "" : " (" + changes.stream().limit(LISTED).map(PlanChanges.ActionChange::code)
                .collect(Collectors.joining(", ")) + (changes.size() > LISTED ? ", ..." : "") + ")";
    }

    /** Dates, ratings and percentages with their values; text fields by name only, since notes can hold anything. */
    private static String field(PlanChanges.FieldChange f) {
        return switch (f.field()) {
            case "due date", "RAG", "% complete", "status" -> f.field() + " " + f.before() + " -> " + f.after();
            default -> f.field();
        };
    }
}

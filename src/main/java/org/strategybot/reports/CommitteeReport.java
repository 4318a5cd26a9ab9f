package org.strategybot.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.strategybot.actions.ActionView;
import org.strategybot.actions.Rag;

/**
 * What the scrutiny committee asked for ("include RAG ratings in future report updates"): for a period,
 * each priority's RAG at its start and end, the key updates in it, and the actions overdue.
 *
 * @param to          the last day covered; the report is built up to its end or now, whichever is first
 * @param moreUpdates updates in the period beyond those listed
 * @param sample      true when the plan is illustrative sample data, which every rendering says
 */
public record CommitteeReport(
        String strategyId,
        String strategyTitle,
        String organisation,
        LocalDate from,
        LocalDate to,
        Instant generatedAt,
        boolean sample,
        String sampleNote,
        List<PriorityRow> priorities,
        List<KeyUpdate> updates,
        int moreUpdates,
        List<ActionView> overdue) {

    public CommitteeReport {
        priorities = List.copyOf(priorities);
        updates = List.copyOf(updates);
        overdue = List.copyOf(overdue);
    }

    /**
     * @param start          RAG at the start of the period, null when the priority had no actions yet
     * @param end            RAG at the end of the period
     * @param calculated     where the lead's RAG stands over the calculated one, the calculated one; else null
     * @param overrideReason why the lead set their RAG, where they did; a reason they marked sensitive is not given
     */
    public record PriorityRow(String code, String title, String lead, Rag start, Rag end, Rag calculated, int percent,
            String overrideReason, int overdue) {

        /** "Set by the lead: why (calculated: Red)", or null where the RAG is the calculated one. */
        public String override() {
            if (calculated == null) {
                return null;
            }
            String why = overrideReason == null || overrideReason.isBlank() ? "no reason recorded" : overrideReason;
            return "Set by the lead: " + why + " (calculated: " + calculated.label() + ")";
        }

        /** In words, for readers who cannot tell the colours apart and for text-only papers. */
        public String change() {
            if (end == null) {
                return "no RAG";
            }
            if (start == null) {
                return "new";
            }
            if (start == end) {
                return "no change";
            }
            return (end.worseThan(start) ? "worse, was " : "better, was ") + start.label();
        }
    }

    /** A progress update in the period: what it changed and what the author said. */
    public record KeyUpdate(Instant at, String target, String author, Rag before, Rag after, Integer percent, String note) {

        public boolean changedRag() {
            return after != null && before != after;
        }
    }
}

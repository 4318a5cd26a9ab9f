package org.strategybot.updates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.strategybot.actions.Change;
import org.strategybot.actions.LeadOverride;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;

/** The change a confirmed card makes: the card's values, checked, over the proposal's. */
final class ConfirmedChange {

    private ConfirmedChange() {
    }

    /**
     * @param priority the priority's status now when the update is to a priority, for its calculated RAG; else null
     * @throws IllegalArgumentException saying what to put right, for values that may not be saved
     */
    static Change of(Proposal p, Edits e, PriorityStatus priority) {
        Rag rag = blank(e.rag()) ? p.proposed().rag() : Rag.of(e.rag());
        Integer percent = blank(e.percent()) ? p.proposed().percent() : Integer.valueOf(Percent.parse(e.percent()));
        LocalDate due = p.proposed().due();
        if (!blank(e.due()) && p.action()) {
            try {
                due = LocalDate.parse(e.due().trim());
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException("The due date must be a date such as 2027-03-31.");
            }
        }
        String note = e.note() != null ? e.note().trim() : p.note();
        if ((rag == Rag.AMBER || rag == Rag.RED) && blank(note)) {
            throw new IllegalArgumentException(rag.label() + " needs a reason: add what is happening in the note, then Confirm.");
        }
        if (priority != null && overridesWithoutReason(rag, note, priority)) {
            throw new IllegalArgumentException(rag.label() + " is not " + p.target() + "'s calculated RAG ("
                    + priority.calculated().label() + "), so setting it needs a reason: say why in the note, then Confirm.");
        }
        return new Change(p.id(), p.target(), new ProgressUpdate.State(rag, percent, due), blank(note) ? "" : note,
                p.author(), p.authorId(), ProgressUpdate.Kind.PROGRESS, null, !blank(note) && e.sensitive());
    }

    /**
     * A RAG set over the calculated one stands in for it everywhere, so it always says why: either in this note or,
     * for the RAG already set, in the reason on record.
     */
    static boolean overridesWithoutReason(Rag rag, String note, PriorityStatus priority) {
        if (rag == null || rag == priority.calculated() || !blank(note)) {
            return false;
        }
        LeadOverride standing = priority.override();
        return standing == null || standing.rag() != rag || blank(standing.reason());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.strategybot.updates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;

import org.strategybot.actions.Change;
import org.strategybot.actions.LeadOverride;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.updates.Outcome.Reason;

/** The change a confirmed card makes: the card's values, checked, over the proposal's. */
final class ConfirmedChange {

    private ConfirmedChange() {
    }

    /** A value on the card that may not be saved, and what to put right. */
    static final class Invalid extends RuntimeException {

        private final transient Outcome outcome;

        Invalid(Reason reason, Object... values) {
            super(reason.name(), null, false, false);
            this.outcome = Outcome.of(reason, values);
        }

        Outcome outcome() {
            return outcome;
        }
    }

    /**
     * @param priority the priority's status now when the update is to a priority, for its calculated RAG; else null
     * @throws Invalid saying what to put right, for values that may not be saved
     */
    static Change of(Proposal p, Edits e, PriorityStatus priority) {
        Rag rag = blank(e.rag()) ? p.proposed().rag() : rag(e.rag());
        Integer percent = blank(e.percent()) ? p.proposed().percent() : Integer.valueOf(percent(e.percent()));
        LocalDate due = p.proposed().due();
        if (!blank(e.due()) && p.action()) {
            try {
                due = LocalDate.parse(e.due().trim());
            } catch (DateTimeParseException notADate) {
                throw new Invalid(Reason.CARD_DUE_INVALID);
            }
        }
        String note = e.note() != null ? e.note().trim() : p.note();
        if ((rag == Rag.AMBER || rag == Rag.RED) && blank(note)) {
            throw new Invalid(Reason.RAG_NEEDS_REASON, rag.label());
        }
        if (priority != null && overridesWithoutReason(rag, note, priority)) {
            throw new Invalid(Reason.OVERRIDE_NEEDS_REASON, rag.label(), p.target(), priority.calculated().label());
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

    private static Rag rag(String written) {
        try {
            return Rag.of(written);
        } catch (IllegalArgumentException notARag) {
            throw new Invalid(Reason.CARD_RAG_INVALID, written, Rag.choices());
        }
    }

    private static int percent(String written) {
        OptionalInt percent = Percent.parse(written);
        if (percent.isEmpty()) {
            throw new Invalid(Reason.CARD_PERCENT_INVALID, Percent.quoted(written.trim()));
        }
        return percent.getAsInt();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

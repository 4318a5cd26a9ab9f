package org.strategybot.updates;

import java.util.Arrays;
import java.util.List;

import org.strategybot.actions.ProgressUpdate;

/**
 * What came of a request to change the plan: a value, not a sentence. The words people read are made from it in
 * one place (the ask module's wording), so that a rule here is tested by what it decided, not by how it is put.
 *
 * @param reason   what happened, and why
 * @param values   what the reason's wording fills in, in the order {@link Reason} gives; never the text of a note
 * @param proposal the proposal to show on a card (for {@link Kind#PROPOSED}, and refusals at Confirm)
 * @param saved    the update as stored, for {@link Kind#SAVED}, {@link Kind#ALREADY_SAVED} and {@link Kind#UNDONE}
 * @param findings what looked like personal data, for {@link Kind#PERSONAL_DATA}
 */
public record Outcome(Reason reason, List<String> values, ProposalView proposal, ProgressUpdate saved,
        List<String> findings) {

    /** What happened, broadly: what the answer's title and card follow. */
    public enum Kind {
        PROPOSED, SAVED, ALREADY_SAVED, CANCELLED, UNDONE, ASSIGNED,
        NOT_ALLOWED, PERSONAL_DATA, INVALID, NOT_FOUND, CONFLICT, STORE_DOWN
    }

    /** What happened and why; the values its wording fills in are named after each. */
    public enum Reason {
        PROPOSED(Kind.PROPOSED),
        /** rag, target, calculated rag: a priority's RAG set over the calculated one, with no reason yet */
        PROPOSED_NEEDS_REASON(Kind.PROPOSED),
        SAVED(Kind.SAVED),
        /** the store had it already: a redelivered Confirm */
        SAVED_AGAIN(Kind.ALREADY_SAVED),
        ALREADY_SAVED(Kind.ALREADY_SAVED),
        /** another Confirm of the same card is applying it */
        BEING_SAVED(Kind.ALREADY_SAVED),
        CANCELLED(Kind.CANCELLED),
        /** target */
        UNDONE(Kind.UNDONE),
        /** person, priority */
        LEAD_ASSIGNED(Kind.ASSIGNED),
        /** person, priority */
        DELEGATE_ASSIGNED(Kind.ASSIGNED),
        /** target */
        NOT_A_STEWARD(Kind.NOT_ALLOWED),
        /** author */
        NOT_YOURS_TO_CONFIRM(Kind.NOT_ALLOWED),
        /** author */
        NOT_YOURS_TO_CANCEL(Kind.NOT_ALLOWED),
        UNKNOWN_PERSON(Kind.NOT_ALLOWED),
        NOT_AN_ADMIN(Kind.NOT_ALLOWED),
        /** what was found, joined */
        PERSONAL_DATA(Kind.PERSONAL_DATA),
        /** target */
        DUE_ON_PRIORITY(Kind.INVALID),
        /** target */
        NOTHING_TO_CHANGE(Kind.INVALID),
        /** the longest note accepted */
        NOTE_TOO_LONG(Kind.INVALID),
        /** what the card sent, the RAG choices */
        CARD_RAG_INVALID(Kind.INVALID),
        /** what the card sent */
        CARD_PERCENT_INVALID(Kind.INVALID),
        CARD_DUE_INVALID(Kind.INVALID),
        /** rag */
        RAG_NEEDS_REASON(Kind.INVALID),
        /** rag, target, calculated rag */
        OVERRIDE_NEEDS_REASON(Kind.INVALID),
        /** target */
        UNDO_OF_UNDO(Kind.INVALID),
        /** target */
        ALREADY_UNDONE(Kind.INVALID),
        /** what was named, the strategy's title */
        NOT_A_PRIORITY(Kind.INVALID),
        /** priority */
        NO_ONE_MENTIONED(Kind.INVALID),
        CARD_GONE(Kind.NOT_FOUND),
        CARD_GONE_ALREADY(Kind.NOT_FOUND),
        /** target */
        NO_SUCH_ITEM(Kind.NOT_FOUND),
        /** the undo window in minutes */
        NOTHING_TO_UNDO(Kind.NOT_FOUND),
        /** target */
        CHANGED_AT_ONCE(Kind.CONFLICT),
        /** target */
        CHANGED_SINCE(Kind.CONFLICT),
        STORE_DOWN(Kind.STORE_DOWN);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    public Outcome {
        values = values == null ? List.of() : List.copyOf(values);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public Kind kind() {
        return reason.kind();
    }

    static Outcome of(Reason reason, Object... values) {
        return new Outcome(reason, strings(values), null, null, List.of());
    }

    /** This outcome with the card to show again. */
    Outcome showing(ProposalView card) {
        return new Outcome(reason, values, card, saved, findings);
    }

    static List<String> strings(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}

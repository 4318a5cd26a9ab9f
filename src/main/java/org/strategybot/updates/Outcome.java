package org.strategybot.updates;

import java.util.List;

import org.strategybot.actions.ProgressUpdate;

/**
 * What came of a request to change the plan.
 *
 * @param kind     what happened
 * @param message  what to tell the person, in full sentences; never the text of their note
 * @param proposal the proposal to show on a card (for {@link Kind#PROPOSED}, and refusals at Confirm)
 * @param saved    the update as stored, for {@link Kind#SAVED}, {@link Kind#ALREADY_SAVED} and {@link Kind#UNDONE}
 * @param findings what looked like personal data, for {@link Kind#PERSONAL_DATA}
 */
public record Outcome(Kind kind, String message, Proposal proposal, ProgressUpdate saved, List<String> findings) {

    public enum Kind {
        PROPOSED, SAVED, ALREADY_SAVED, CANCELLED, UNDONE, ASSIGNED,
        NOT_ALLOWED, PERSONAL_DATA, INVALID, NOT_FOUND, CONFLICT, STORE_DOWN
    }

    public Outcome {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    static Outcome of(Kind kind, String message) {
        return new Outcome(kind, message, null, null, List.of());
    }
}

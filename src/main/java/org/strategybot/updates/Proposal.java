package org.strategybot.updates;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.UpdateView;

/**
 * An update waiting for its author's Confirm. It holds what the confirmation card shows; the card itself
 * carries only the proposal's id, so nothing the card sends back can change whose update it is or what
 * it is about. Deleted when cancelled or expired; its note is dropped once saved (the history keeps it).
 *
 * <p>What the card shows is {@link ProposalView}, made from it; whether the note is sensitive is not stored here, as
 * the choice is made on the card and saved with the update.
 *
 * @param id     derived from the message that proposed it, so a message Teams delivers twice proposes once
 * @param action true for an action, false for a priority
 */
@Document("proposals")
record Proposal(
        @Id String id,
        String strategyId,
        String target,
        String title,
        boolean action,
        ProgressUpdate.State current,
        ProgressUpdate.State proposed,
        String note,
        String author,
        String authorId,
        Instant at,
        Status status,
        Instant claimedAt,
        boolean sample) {

    /** This proposal as its card shows it, with the note marked sensitive or not as the author left it. */
    ProposalView view(boolean sensitive) {
        return new ProposalView(id, target, title, action, UpdateView.Values.of(current), UpdateView.Values.of(proposed), note,
                sensitive, sample);
    }

    enum Status {
        /** waiting for Confirm or Cancel */
        PENDING,
        /** a Confirm is being applied */
        CONFIRMING,
        /** applied: its update is in the history under the proposal's id */
        SAVED
    }
}

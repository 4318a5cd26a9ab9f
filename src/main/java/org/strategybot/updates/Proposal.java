package org.strategybot.updates;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;
import org.strategybot.actions.ProgressUpdate;

/**
 * An update waiting for its author's Confirm. It holds what the confirmation card shows; the card itself
 * carries only the proposal's id, so nothing the card sends back can change whose update it is or what
 * it is about. Deleted when cancelled or expired; its note is dropped once saved (the history keeps it).
 *
 * @param id        derived from the message that proposed it, so a message Teams delivers twice proposes once
 * @param action    true for an action, false for a priority
 * @param sensitive whether the card shows the note marked sensitive: the author's choice as they left it when Confirm
 *                  was refused; not stored, as the choice is made on the card and saved with the update
 */
@Document("proposals")
public record Proposal(
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
        boolean sample,
        @Transient Boolean sensitive) {

    public Proposal {
        sensitive = Boolean.TRUE.equals(sensitive);
    }

    /** This proposal as its card should show it again: as stored, with the author's choice of sensitive kept. */
    Proposal markedSensitive(boolean marked) {
        return new Proposal(id, strategyId, target, title, action, current, proposed, note, author, authorId, at, status,
                claimedAt, sample, marked);
    }

    public enum Status {
        /** waiting for Confirm or Cancel */
        PENDING,
        /** a Confirm is being applied */
        CONFIRMING,
        /** applied: its update is in the history under the proposal's id */
        SAVED
    }
}

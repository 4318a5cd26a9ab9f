package org.strategybot.actions;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One progress update in the history: who said what about which item, when, and what it changed.
 *
 * @param target   the action or priority code the update is about ("SP4.1", "SP4")
 * @param priority the priority it belongs to, for filtering
 * @param anonymisedAt when its author, or someone its note named, was erased and replaced by a pseudonym;
 *                 null for a record as written
 */
@Document("updates")
public record ProgressUpdate(
        @Id String id,
        String strategyId,
        String target,
        String priority,
        String author,
        String authorId,
        Instant at,
        String note,
        State before,
        State after,
        boolean sample,
        Instant anonymisedAt) {

    /** An update as written, not anonymised. */
    public ProgressUpdate(String id, String strategyId, String target, String priority, String author, String authorId,
            Instant at, String note, State before, State after, boolean sample) {
        this(id, strategyId, target, priority, author, authorId, at, note, before, after, sample, null);
    }

    /** The values an update can change; null where it changed nothing or there was nothing. */
    public record State(Rag rag, Integer percent, LocalDate due) {
    }

    /** This update with the author and note given in place of its own, marked as anonymised at {@code at}. */
    ProgressUpdate anonymised(String newAuthor, String newAuthorId, String newNote, Instant at) {
        return new ProgressUpdate(id, strategyId, target, priority, newAuthor, newAuthorId, this.at, newNote, before, after,
                sample, at);
    }

    public boolean changedRag() {
        return after != null && after.rag() != null && (before == null || before.rag() != after.rag());
    }
}

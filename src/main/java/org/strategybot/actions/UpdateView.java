package org.strategybot.actions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the history as readers get it (the REST API, the status, the dashboard and the cards): the same fields
 * as the stored {@link ProgressUpdate} today, but its own type, so that a field renamed in the store does not rename
 * it for API clients, the dashboard or a card.
 *
 * @param before the values before the update, or null where it changed none
 * @param after  the values it set, or null where it set none
 */
public record UpdateView(String id, String strategyId, String target, String priority, String author, String authorId,
        Instant at, String note, Values before, Values after, boolean sample, ProgressUpdate.Kind kind, String undoes,
        boolean sensitive, Instant anonymisedAt) {

    /** The values an update can change; null where it changed nothing or there was nothing. */
    public record Values(Rag rag, Integer percent, LocalDate due) {

        /** The view of a stored state; null for none. */
        public static Values of(ProgressUpdate.State state) {
            return state == null ? null : new Values(state.rag(), state.percent(), state.due());
        }
    }

    /** The view of a stored entry; null for none. */
    public static UpdateView of(ProgressUpdate u) {
        return u == null ? null : new UpdateView(u.id(), u.strategyId(), u.target(), u.priority(), u.author(),
                u.authorId(), u.at(), u.note(), Values.of(u.before()), Values.of(u.after()), u.sample(), u.kind(),
                u.undoes(), u.sensitive(), u.anonymisedAt());
    }

    /** This entry with its note left out when the author marked it sensitive. */
    public UpdateView withoutSensitiveNote() {
        return sensitive ? new UpdateView(id, strategyId, target, priority, author, authorId, at, null, before, after,
                sample, kind, undoes, true, anonymisedAt) : this;
    }
}

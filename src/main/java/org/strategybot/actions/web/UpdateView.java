package org.strategybot.actions.web;

import java.time.Instant;

import org.strategybot.actions.ProgressUpdate;

/**
 * An entry of the history as the REST API gives it: the same fields as the stored entry today, but its own type, so
 * that a field renamed in the store does not rename it for API clients and the dashboard.
 */
record UpdateView(String id, String strategyId, String target, String priority, String author, String authorId,
        Instant at, String note, ProgressUpdate.State before, ProgressUpdate.State after, boolean sample,
        ProgressUpdate.Kind kind, String undoes, boolean sensitive, Instant anonymisedAt) {

    static UpdateView of(ProgressUpdate u) {
        return u == null ? null : new UpdateView(u.id(), u.strategyId(), u.target(), u.priority(), u.author(), u.authorId(),
                u.at(), u.note(), u.before(), u.after(), u.sample(), u.kind(), u.undoes(), u.sensitive(), u.anonymisedAt());
    }
}

package org.strategybot.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An action of the plan as the store holds it: its current RAG, percent complete and due date.
 *
 * @param id           strategy id and code, so an action exists once per strategy
 * @param lastUpdateAt when the last progress update was posted; the action's creation when none was
 * @param version      raised by every change, so that two people updating at once cannot overwrite each other
 * @param pending      the update this action's last change came from, until it is in the history: the store
 *                     has no transactions, so the change and its record are written in one document first
 * @param recent       its updates inside the trend window and its newest, oldest first (see {@link RecentUpdates})
 */
@Document("actions")
public record Action(
        @Id String id,
        String strategyId,
        String code,
        String priority,
        String title,
        String businessArea,
        String owner,
        String ownerId,
        LocalDate due,
        Rag rag,
        int percent,
        Instant createdAt,
        Instant lastUpdateAt,
        long version,
        boolean sample,
        ProgressUpdate pending,
        List<ProgressUpdate> recent) {

    public Action {
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    static String id(String strategyId, String code) {
        return strategyId + ":" + code;
    }

    /** This action with the values a state sets (null values keep what it had) and a new update time. */
    Action with(ProgressUpdate.State state, Instant updatedAt) {
        return new Action(id, strategyId, code, priority, title, businessArea, owner, ownerId,
                state.due() != null ? state.due() : due,
                state.rag() != null ? state.rag() : rag,
                state.percent() != null ? state.percent() : percent,
                createdAt, updatedAt, version, sample, pending, recent);
    }

    Action withRecent(List<ProgressUpdate> kept) {
        return new Action(id, strategyId, code, priority, title, businessArea, owner, ownerId, due, rag, percent,
                createdAt, lastUpdateAt, version, sample, pending, kept);
    }

    ProgressUpdate.State state() {
        return new ProgressUpdate.State(rag, percent, due);
    }

    public boolean complete() {
        return percent >= 100;
    }
}

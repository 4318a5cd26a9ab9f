package org.strategybot.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An action of the plan as the store holds it: its current RAG, percent complete and due date.
 *
 * @param id           strategy id and code, so an action exists once per strategy
 * @param ownerId      the owner's Azure AD object id, once known: named by an admin, or linked from
 *                     {@code ownerEmail} when that person talks to the bot or is on a team's roster
 * @param lastUpdateAt when the last progress update was posted; the action's creation when none was
 * @param version      raised by every change, so that two people updating at once cannot overwrite each other
 * @param pending      the update this action's last change came from, until it is in the history: the store
 *                     has no transactions, so the change and its record are written in one document first
 * @param recent       its updates inside the trend window and its newest, oldest first (see {@link RecentUpdates})
 * @param ownerEmail   the owner's email or UPN as the plan gives it, lower case; null when not given
 * @param note         the latest progress note as people wrote it (a spreadsheet's "Latest update" column, or
 *                     a note posted in chat); kept here because the history entry around it says more
 * @param retired      taken out of the plan: left out of the status, lists and reminders, its history kept;
 *                     never null
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
        List<ProgressUpdate> recent,
        String ownerEmail,
        String note,
        Boolean retired) {

    @PersistenceCreator
    public Action {
        recent = recent == null ? List.of() : List.copyOf(recent);
        // actions stored before retiring existed have no such field: they are in force
        retired = retired != null && retired;
    }

    /** An action that is not retired and has no owner email or note of its own. */
    public Action(String id, String strategyId, String code, String priority, String title, String businessArea,
            String owner, String ownerId, LocalDate due, Rag rag, int percent, Instant createdAt, Instant lastUpdateAt,
            long version, boolean sample, ProgressUpdate pending, List<ProgressUpdate> recent) {
        this(id, strategyId, code, priority, title, businessArea, owner, ownerId, due, rag, percent, createdAt,
                lastUpdateAt, version, sample, pending, recent, null, null, false);
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
                createdAt, updatedAt, version, sample, pending, recent, ownerEmail, note, retired);
    }

    Action withRecent(List<ProgressUpdate> kept) {
        return new Action(id, strategyId, code, priority, title, businessArea, owner, ownerId, due, rag, percent,
                createdAt, lastUpdateAt, version, sample, pending, kept, ownerEmail, note, retired);
    }

    Action withNote(String latest) {
        return new Action(id, strategyId, code, priority, title, businessArea, owner, ownerId, due, rag, percent,
                createdAt, lastUpdateAt, version, sample, pending, recent, ownerEmail, latest, retired);
    }

    ProgressUpdate.State state() {
        return new ProgressUpdate.State(rag, percent, due);
    }

    /**
     * The latest progress note: its own, or for actions stored before it kept one, its newest progress update's that
     * the author did not mark sensitive.
     */
    String latestNote() {
        if (note != null) {
            return note;
        }
        return ProgressUpdate.progress(recent == null ? List.of() : recent).stream().filter(u -> !u.sensitive())
                .reduce((older, newer) -> newer).map(ProgressUpdate::note).orElse(null);
    }

    public boolean complete() {
        return percent >= 100;
    }
}

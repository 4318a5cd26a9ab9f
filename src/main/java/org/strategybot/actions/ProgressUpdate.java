package org.strategybot.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry in the history: who said what about which item, when, and what it changed. The history keeps every
 * kind of entry; what the digest and the committee report call progress is {@link #progress(List)}.
 *
 * @param target    the action or priority code the update is about ("SP4.1", "SP4")
 * @param priority  the priority it belongs to, for filtering
 * @param kind      what the entry is; entries stored before it was recorded get it from their shape
 * @param undoes    for an {@link Kind#UNDO}, the id of the update it reversed; else null
 * @param sensitive the author marked the note as for 1:1 readers only (a reason such as staff sickness); never null,
 *                  boxed only so that entries stored before it read as not sensitive
 * @param anonymisedAt when its author, or someone its note named, was erased and replaced by a pseudonym;
 *                  null for a record as written
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
        Kind kind,
        String undoes,
        Boolean sensitive,
        Instant anonymisedAt) {

    /** An undo's id is this and the id of the update it reverses, so an update can be undone once only. */
    public static final String UNDO_PREFIX = "undo-";

    /** What an entry in the history is. */
    public enum Kind {
        /** news of an item: new values, a note, or both */
        PROGRESS,
        /** an earlier update reversed by its author */
        UNDO,
        /** a priority's lead or delegate recorded by an administrator: housekeeping */
        ASSIGNMENT,
        /**
         * the plan itself changed by an administrator or an import: an action added, retired, re-titled or re-owned,
         * with no new RAG, percent, due date or note: housekeeping
         */
        PLAN_CHANGE
    }

    /** The values an update can change; null where it changed nothing or there was nothing. */
    public record State(Rag rag, Integer percent, LocalDate due) {
    }

    @PersistenceCreator
    public ProgressUpdate {
        sensitive = Boolean.TRUE.equals(sensitive);
        if (kind == null) {
            // written before entries said what they were: an undo by its id, a lead or delegate by its having no values
            kind = id != null && id.startsWith(UNDO_PREFIX) ? Kind.UNDO
                    : before == null && after == null ? Kind.ASSIGNMENT : Kind.PROGRESS;
        }
        if (kind == Kind.UNDO && undoes == null && id != null && id.startsWith(UNDO_PREFIX)) {
            undoes = id.substring(UNDO_PREFIX.length());
        }
    }

    /** A progress entry. */
    public ProgressUpdate(String id, String strategyId, String target, String priority, String author, String authorId,
            Instant at, String note, State before, State after, boolean sample) {
        this(id, strategyId, target, priority, author, authorId, at, note, before, after, sample, Kind.PROGRESS, null, false, null);
    }

    /** This update with the author and note given in place of its own, marked as anonymised at {@code at}. */
    ProgressUpdate anonymised(String newAuthor, String newAuthorId, String newNote, Instant at) {
        return new ProgressUpdate(id, strategyId, target, priority, newAuthor, newAuthorId, this.at, newNote, before, after,
                sample, kind, undoes, sensitive, at);
    }

    public boolean changedRag() {
        return after != null && after.rag() != null && (before == null || before.rag() != after.rag());
    }

    /** True when it set a value other than the one there before. */
    public boolean changedValues() {
        State was = before == null ? new State(null, null, null) : before;
        return after != null && (changedRag() || set(after.percent(), was.percent()) || set(after.due(), was.due()));
    }

    private static <T> boolean set(T after, T before) {
        return after != null && !after.equals(before);
    }

    /** True when the item still holds what this update set: nobody has changed those values since. */
    public boolean stillHolds(State now) {
        return same(before.rag(), after.rag(), now.rag()) && same(before.percent(), after.percent(), now.percent())
                && same(before.due(), after.due(), now.due());
    }

    /** The values that put back what this update changed, and leave the rest. */
    public State reversal() {
        return new State(changedFrom(before.rag(), after.rag()), changedFrom(before.percent(), after.percent()),
                changedFrom(before.due(), after.due()));
    }

    private static <T> boolean same(T before, T after, T now) {
        return Objects.equals(before, after) || Objects.equals(after, now);
    }

    private static <T> T changedFrom(T before, T after) {
        return Objects.equals(before, after) ? null : before;
    }

    /**
     * The entries that are progress, in their order: updates that say or change something and were not undone
     * later in the same list. Undos, the updates they reversed, lead and delegate records, and confirmations
     * that changed nothing and said nothing stay in the history but are not progress.
     */
    public static List<ProgressUpdate> progress(List<ProgressUpdate> entries) {
        Set<String> undone = new HashSet<>();
        entries.stream().filter(u -> u.kind() == Kind.UNDO && u.undoes() != null).forEach(u -> undone.add(u.undoes()));
        return entries.stream().filter(u -> u.kind() == Kind.PROGRESS && !undone.contains(u.id()))
                .filter(u -> u.changedValues() || u.note() != null && !u.note().isBlank()).toList();
    }
}

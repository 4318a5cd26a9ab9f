package org.strategybot.actions;

/**
 * A progress update to apply.
 *
 * @param id        names the change for good: applying the same id twice changes nothing the second time
 * @param target    a priority code ("SP4") or an action code ("SP4.1")
 * @param values    what to set; null fields are left as they are
 * @param note      what happened, in the author's words (already checked for personal data)
 * @param author    the author's display name
 * @param authorId  the author's Azure AD object id
 * @param kind      what the history will call it
 * @param undoes    for an undo, the id of the update it reverses
 * @param sensitive the author marked the note for 1:1 readers only
 */
public record Change(String id, String target, ProgressUpdate.State values, String note, String author, String authorId,
        ProgressUpdate.Kind kind, String undoes, boolean sensitive) {

    public Change {
        kind = kind == null ? ProgressUpdate.Kind.PROGRESS : kind;
    }

    /** Progress, with a note for everyone. */
    public Change(String id, String target, ProgressUpdate.State values, String note, String author, String authorId) {
        this(id, target, values, note, author, authorId, ProgressUpdate.Kind.PROGRESS, null, false);
    }
}

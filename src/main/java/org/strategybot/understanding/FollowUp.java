package org.strategybot.understanding;

/** How a question leaned on what the conversation was last about. */
public enum FollowUp {
    /** it stands on its own */
    NONE,
    /** "who leads it?", "how is that one doing?": the item last talked about */
    REFERENCE,
    /** "which of those are overdue?": the list last shown */
    LIST,
    /** "what does the second one mean?": an item of the list last shown, by its place */
    ORDINAL,
    /** "and SP5?": the previous question, asked of another item */
    ELLIPSIS
}

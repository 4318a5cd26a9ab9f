package org.strategybot.understanding;

import java.util.List;

/**
 * What a conversation was last about, so that a follow-up ("who leads it?", "which of those are overdue?",
 * "the second one") can be understood. Items and the kind of question only, never what anyone wrote.
 *
 * @param intent the kind of question last answered, or null
 * @param about  the items it was about (a priority, an action, a value...)
 * @param shown  the items of the list it showed, in order
 */
public record Context(Intent intent, List<Mention> about, List<Mention> shown) {

    public static final Context NONE = new Context(null, List.of(), List.of());

    public Context {
        about = about == null ? List.of() : List.copyOf(about);
        shown = shown == null ? List.of() : List.copyOf(shown);
    }

    public boolean isEmpty() {
        return intent == null && about.isEmpty() && shown.isEmpty();
    }

    /** This context's items, for an answer about several of them: the list shown, else what it was about. */
    List<Mention> items() {
        return shown.isEmpty() ? about : shown;
    }
}

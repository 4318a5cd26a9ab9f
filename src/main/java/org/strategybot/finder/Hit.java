package org.strategybot.finder;

import org.strategybot.actions.Rag;

/**
 * A priority or an action that matches what was typed.
 *
 * @param priority the priority an action sits under; the code itself for a priority
 * @param rag      what everyone sees (a lead's RAG over the calculated one where set); null when not rated
 */
public record Hit(Kind kind, String code, String title, String priority, Rag rag, int percent, boolean complete) {

    public enum Kind {
        PRIORITY, ACTION
    }
}

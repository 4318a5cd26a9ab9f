package org.strategybot.actions;

import java.util.List;

/**
 * A priority's RAG, calculated from its actions. The rule, as the README states it:
 * <ol>
 * <li>complete actions count as green and are not open;</li>
 * <li><b>Red</b> when any open action is red, or when more than a set share (default half) of the
 * open actions are overdue;</li>
 * <li><b>Amber</b> when any open action is amber or overdue;</li>
 * <li><b>Green</b> otherwise. A priority with no actions has no RAG.</li>
 * </ol>
 * Worst-first, because a committee reading a green priority must be able to trust that nothing under it
 * is red. Staleness does not change the RAG; it is reported beside it.
 */
final class RagRollUp {

    private RagRollUp() {
    }

    static Rag of(List<ActionView> actions, double redOverdueShare) {
        if (actions.isEmpty()) {
            return null;
        }
        List<ActionView> open = actions.stream().filter(a -> !a.complete()).toList();
        if (open.isEmpty()) {
            return Rag.GREEN;
        }
        long overdue = open.stream().filter(ActionView::overdue).count();
        if (open.stream().anyMatch(a -> a.rag() == Rag.RED) || overdue > redOverdueShare * open.size()) {
            return Rag.RED;
        }
        if (overdue > 0 || open.stream().anyMatch(a -> a.rag() == Rag.AMBER)) {
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }
}

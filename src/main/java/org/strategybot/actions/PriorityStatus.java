package org.strategybot.actions;

import java.util.List;

/**
 * Where a priority stands.
 *
 * @param rag        what everyone sees: the lead's override where there is one, else the calculated RAG
 * @param calculated the RAG the roll-up rule gives from the actions
 * @param previous   the RAG at the start of the trend window, null where there was none
 * @param percent    what everyone sees: the lead's figure where they set one, else {@code calculatedPercent}
 * @param calculatedPercent the mean percent complete of its actions
 * @param latest     the most recent progress update on the priority or any of its actions, or null
 */
public record PriorityStatus(
        String code,
        String title,
        String lead,
        Rag rag,
        Rag calculated,
        LeadOverride override,
        Rag previous,
        int percent,
        int calculatedPercent,
        Counts counts,
        List<ActionView> actions,
        UpdateView latest,
        boolean sample) {

    public PriorityStatus {
        actions = List.copyOf(actions);
    }

    /** How many of its actions are at each RAG, complete, overdue and stale. */
    public record Counts(int red, int amber, int green, int complete, int overdue, int stale) {
        static Counts of(List<ActionView> actions) {
            List<ActionView> open = actions.stream().filter(a -> !a.complete()).toList();
            return new Counts(
                    (int) open.stream().filter(a -> a.rag() == Rag.RED).count(),
                    (int) open.stream().filter(a -> a.rag() == Rag.AMBER).count(),
                    (int) open.stream().filter(a -> a.rag() == Rag.GREEN).count(),
                    actions.size() - open.size(),
                    (int) open.stream().filter(ActionView::overdue).count(),
                    (int) open.stream().filter(ActionView::stale).count());
        }
    }

    /** True when the lead's RAG stands over the calculated one. */
    public boolean overridden() {
        return override != null && override.rag() != null;
    }

    /** This status with what its lead or an author marked sensitive left out, for readers who may not see it. */
    public PriorityStatus withoutSensitive() {
        return new PriorityStatus(code, title, lead, rag, calculated, override == null ? null : override.withoutSensitiveReason(),
                previous, percent, calculatedPercent, counts, actions, latest == null ? null : latest.withoutSensitiveNote(),
                sample);
    }

    public List<ActionView> overdue() {
        return actions.stream().filter(ActionView::overdue).toList();
    }

    public List<ActionView> stale() {
        return actions.stream().filter(ActionView::stale).toList();
    }

    public Trend trend() {
        return Trend.between(previous, rag);
    }
}

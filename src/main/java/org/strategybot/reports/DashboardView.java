package org.strategybot.reports;

import java.time.Instant;
import java.util.List;

import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.Rag;
import org.strategybot.actions.Trend;

/**
 * What the dashboard shows at the top: the strategy's vision and values and a card per priority.
 *
 * @param owners every action owner, for the actions table's owner filter
 */
public record DashboardView(String strategyId, String title, String organisation, String vision, List<Value> values,
        boolean sample, String note, Instant at, List<PriorityCard> priorities, List<String> owners) {

    public DashboardView {
        values = List.copyOf(values);
        priorities = List.copyOf(priorities);
        owners = List.copyOf(owners);
    }

    public record Value(String name, String meaning) {
    }

    /**
     * @param trend          against the start of the trend window ("up", "down", "same" or "new" in JSON)
     * @param overrideReason why the lead set the RAG over the calculated one, where they did
     * @param latest         the latest progress update on the priority or its actions, or null
     */
    public record PriorityCard(String code, String title, String lead, Rag rag, Rag calculated, String overrideReason,
            Rag previous, Trend trend, int percent, PriorityStatus.Counts counts, Latest latest, boolean sample) {
    }

    public record Latest(Instant at, String target, String author, String note) {
    }
}

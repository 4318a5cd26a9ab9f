package org.strategybot.actions;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a priority's RAG moved since the start of the trend window. */
public enum Trend {
    /** Better than it was. */
    UP,
    /** Worse than it was. */
    DOWN,
    SAME,
    /** It had no RAG at the start of the window. */
    NEW;

    static Trend between(Rag previous, Rag now) {
        if (now == null || previous == null) {
            return previous == null && now != null ? NEW : SAME;
        }
        return now == previous ? SAME : previous.worseThan(now) ? UP : DOWN;
    }

    /** In JSON as the dashboard and API clients read it: "up", "down", "same", "new". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.strategybot.actions;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every priority's RAG at one moment, as the history says it was.
 *
 * @param priorities RAG by priority code, in the strategy's order; a priority with no actions yet has no entry
 */
public record RagAt(Instant at, Map<String, Rag> priorities) {

    public RagAt {
        priorities = Collections.unmodifiableMap(new LinkedHashMap<>(priorities));
    }

    public Rag of(String priority) {
        return priorities.get(priority);
    }
}

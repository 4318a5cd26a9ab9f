package org.strategybot.people;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record that holds something about a person, as a subject access request lists it.
 *
 * @param collection where it is kept (the store's collection)
 * @param id         the record's id there
 * @param what       what it is and how it concerns the person ("progress update they wrote")
 * @param strategyId the strategy it belongs to; null for records outside any strategy
 * @param at         when it was written
 * @param keptFor    how long it is kept, and the setting that says so
 * @param details    what it holds, field by field, in the order to show
 */
public record Held(String collection, String id, String what, String strategyId, Instant at, String keptFor,
        Map<String, String> details) {

    public Held {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}

package org.strategybot.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an erasure did.
 *
 * @param pseudonym  what the person now appears as, or null when nothing was held about them
 * @param at         when the records say they were anonymised
 * @param changed    records changed, by collection
 * @param outOfReach what this request could not erase (a caller confined to a tenant), in words
 */
public record ErasureReport(String pseudonym, Instant at, Map<String, Integer> changed, List<String> outOfReach,
        String message) {

    public ErasureReport {
        changed = Map.copyOf(changed);
        outOfReach = List.copyOf(outOfReach);
    }
}

package org.strategybot.people;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a subject access request: everything held about the person, record by record.
 *
 * @param knownAs    the ids, emails and names the records hold for them, which the search used
 * @param records    every record found, by collection, oldest first
 * @param outOfReach what this request could not answer for (a caller confined to a tenant), in words
 */
public record SubjectAccess(Identity knownAs, List<Held> records, List<String> outOfReach, Instant at) {

    public SubjectAccess {
        records = List.copyOf(records);
        outOfReach = List.copyOf(outOfReach);
    }
}

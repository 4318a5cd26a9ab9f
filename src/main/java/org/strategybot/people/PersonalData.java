package org.strategybot.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A feature that keeps personal data about staff in its collections. It says what it holds about one person
 * and puts a pseudonym in their place; {@link People} asks every such feature, so a feature with a new
 * collection of personal data covers it by implementing this, and subject access and erasure reach it.
 */
public interface PersonalData {

    /**
     * What this feature holds beside what is known of the person: the display names recorded with their object
     * id, an object id linked to their email. Only what is held together with a known id, email or name.
     */
    Identity linked(Identity person, Scope scope);

    /** Every record of this feature that holds something about the person, with where and how long it is kept. */
    List<Held> find(Identity person, Scope scope);

    /**
     * Puts the pseudonym in the person's place in every record {@link #find} lists, leaving everything else as it
     * was, and refreshes whatever this feature caches from those records.
     *
     * @param at when, for the records that say they were anonymised
     * @return how many records changed, by collection; nothing the second time
     */
    Map<String, Integer> anonymise(Identity person, Pseudonym pseudonym, Scope scope, Instant at);

    /** What this feature cannot answer for within the scope, in words for the administrator; usually nothing. */
    default List<String> outOfReach(Scope scope) {
        return List.of();
    }
}

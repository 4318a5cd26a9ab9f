package org.strategybot.retention;

import java.time.Instant;
import java.util.Map;

/** A feature that keeps records for a limited time. */
public interface Expiring {

    /**
     * Removes what has been kept longer than its retention period at {@code now}, and nothing else.
     *
     * @return how many records were removed (or had expired parts removed), by collection
     */
    Map<String, Long> removeExpired(Instant now);
}

package org.strategybot.search;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A source document of a strategy. Its passages are those stored under its current {@code version}; a new
 * version's passages are written before the version switches, and the old ones deleted after.
 *
 * @param version      sorts by time of import, so that of two imports at once the later one wins
 * @param seedRevision the revision of the strategy file that shipped it; 0 for an imported document,
 *                     which a start-up never overwrites
 */
@Document("documents")
record StoredDocument(@Id String id, String strategyId, String title, String source, String date, String version,
        int seedRevision, int sections, int passages, Instant importedAt) {
}

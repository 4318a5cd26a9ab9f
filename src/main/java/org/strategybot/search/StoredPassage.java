package org.strategybot.search;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A passage of one version of a document, with its section for the citation. */
@Document("passages")
record StoredPassage(@Id String id, String strategyId, String documentId, String version, int ordinal,
        String section, String text) {
}

package org.strategybot.search;

import java.time.Instant;

/** A stored document of a strategy, as listed over REST. */
public record DocumentInfo(String id, String title, String source, String date, int sections, int passages,
        boolean shipped, Instant importedAt) {
}

package org.strategybot.strategy;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A strategy as the store holds it: the revision decides whether a strategy file may replace it. */
@Document("strategies")
record StoredStrategy(@Id String id, int revision, Instant loadedAt, Strategy strategy) {
}

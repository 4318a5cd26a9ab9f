package org.strategybot.actions;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What a loaded plan file said about itself. */
@Document("plans")
record PlanInfo(@Id String strategyId, boolean sample, String note, Instant loadedAt) {
}

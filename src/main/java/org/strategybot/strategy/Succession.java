package org.strategybot.strategy;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A strategy period followed by the next: conversations mapped to the earlier one see the later one. */
@Document("successions")
record Succession(@Id String previousId, String nextId, Instant at) {
}

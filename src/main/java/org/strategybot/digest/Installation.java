package org.strategybot.digest;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A conversation the bot has been added to, with the reference needed to post into it proactively. */
@Document("installations")
record Installation(@Id String conversationId, String tenantId, String kind, String title, String reference,
        Instant installedAt) {
}

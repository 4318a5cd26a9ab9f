package org.strategybot.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A conversation that gets the weekly digest.
 *
 * @param gone   true when Teams said the bot can no longer post there (removed: 403 or 404): not retried
 * @param teamId the Teams team of a channel, which may decide the strategy of its digest; else null
 * @param goneAt when Teams said so; the subscription and its conversation are forgotten
 *               {@code strategy-bot.retention.gone-conversations} later
 */
@Document("subscriptions")
public record Subscription(@Id String conversationId, String tenantId, String title, String reference,
        DayOfWeek day, LocalTime time, String subscribedBy, Instant subscribedAt, boolean gone, String teamId,
        Instant goneAt) {
}

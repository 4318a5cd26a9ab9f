package org.strategybot.digest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strategybot.retention.Expiring;
import org.strategybot.retention.RetentionSettings;

/**
 * Conversations Teams said the bot was removed from, past {@code strategy-bot.retention.gone-conversations}
 * (a removal the bot was told of directly forgets the conversation at once), and delivery records past
 * {@code strategy-bot.retention.deliveries}. A delivery record only has to outlive its week's slot to stop a
 * second send, so removing old ones never lets a digest go twice.
 */
@Component
class DigestRetention implements Expiring {

    private final DigestStore store;
    private final RetentionSettings retention;

    DigestRetention(DigestStore store, RetentionSettings retention) {
        this.store = store;
        this.retention = retention;
    }

    @Override
    public Map<String, Long> removeExpired(Instant now) {
        long conversations = store.forgetGone(RetentionSettings.keptSince(retention.goneConversations(), now, ZoneOffset.UTC), now);
        long deliveries = store.forgetDeliveries(RetentionSettings.keptSince(retention.deliveries(), now, ZoneOffset.UTC));
        return Map.of("subscriptions", conversations, "deliveries", deliveries);
    }
}

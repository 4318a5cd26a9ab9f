package org.strategybot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param memory how long a conversation remembers what it was last about: a follow-up after this starts afresh
 * @param shared whether what conversations were about is kept in the store, for several instances; null (the
 *               default) when a MongoDB is configured, since the embedded store's file serves one instance only
 */
@ConfigurationProperties("strategy-bot.conversation")
public record ConversationSettings(@DefaultValue("30m") Duration memory, Boolean shared) {
}

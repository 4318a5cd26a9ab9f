package org.strategybot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param memory how long a conversation remembers what it was last about: a follow-up after this starts afresh
 */
@ConfigurationProperties("strategy-bot.conversation")
public record ConversationSettings(@DefaultValue("30m") Duration memory) {
}

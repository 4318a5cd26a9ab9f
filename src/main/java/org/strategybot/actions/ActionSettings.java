package org.strategybot.actions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param staleAfter  an open action with no update for this long is stale
 * @param trendWindow how far back "how the RAG changed" looks
 * @param redOverdueShare the share of a priority's open actions that, overdue, makes the priority red
 * @param statusRefresh   how often every cached plan status is recomputed in the background: the most its
 *                        overdue and stale flags, and changes made on other instances, can lag
 */
@ConfigurationProperties("strategy-bot.actions")
public record ActionSettings(
        @DefaultValue("28d") Duration staleAfter,
        @DefaultValue("7d") Duration trendWindow,
        @DefaultValue("0.5") double redOverdueShare,
        @DefaultValue("5m") Duration statusRefresh) {
}

package org.strategybot.updates;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param undoWindow     how long after posting an author may undo their update
 * @param proposalExpiry how long an unconfirmed card stays confirmable; after it, it is deleted with its text
 * @param maxNoteLength  the longest note accepted
 */
@ConfigurationProperties("strategy-bot.updates")
public record UpdateSettings(
        @DefaultValue("30m") Duration undoWindow,
        @DefaultValue("24h") Duration proposalExpiry,
        @DefaultValue("1000") int maxNoteLength) {
}

package org.strategybot.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Searching strategy documents and importing them.
 *
 * @param maxDocumentSize the largest document an import accepts
 * @param passageChars    about how long a passage is: short paragraphs are joined up to a quarter of this,
 *                        long ones cut at sentence ends near it
 * @param results         how many passages an answer quotes
 * @param relevanceFloor  a passage after the first is quoted only if it scores at least this share of the first's
 * @param sync            how often this instance looks for documents imported through another instance
 */
@ConfigurationProperties("strategy-bot.search")
public record SearchSettings(
        @DefaultValue("1MB") DataSize maxDocumentSize,
        @DefaultValue("600") int passageChars,
        @DefaultValue("3") int results,
        @DefaultValue("0.5") double relevanceFloor,
        @DefaultValue("1m") Duration sync) {
}

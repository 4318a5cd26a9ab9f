package org.strategybot.understanding;

/**
 * A strategy item named in a question.
 *
 * @param kind     what sort of item
 * @param key      the item's name as the strategy prints it (a priority's code for priorities and topics)
 * @param strength how many words of the question matched it; the strongest mention of a kind comes first
 */
public record Mention(EntityKind kind, String key, int strength) {
}

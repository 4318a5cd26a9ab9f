package org.strategybot.ask;

/**
 * The status of one priority or action (or the weekly digest), as a card that can be fetched again later: a shared card, a link preview, or
 * a chat answer that Teams refreshes when someone looks at it.
 *
 * @param strategyId the strategy the item belongs to; a refresh from a conversation that sees another is refused
 * @param code       the priority's or action's code; null for the weekly digest
 * @param answer     what the card shows, as the conversation it is in may show it
 * @param asOf       when the status was worked out, in words ("as of 09:05 on 7 Dec 2026")
 * @param shared     whether it was made for a conversation read by more people than asked, so that a refresh shows no
 *                   more than that, wherever it comes from
 */
public record StatusCard(String strategyId, String code, Answer answer, String asOf, boolean shared) {
}

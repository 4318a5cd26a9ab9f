package org.strategybot.ask;

import java.util.Optional;

/**
 * What a question asked in a chat gets: the answer, and the card that keeps it current where it is about one
 * priority's or one action's status.
 *
 * @param card the refreshable status card; empty for any other answer
 */
public record ChatAnswer(Answer answer, Optional<StatusCard> card) {
}

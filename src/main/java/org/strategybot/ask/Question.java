package org.strategybot.ask;

import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.Understanding;

/**
 * A question as the handlers see it: what was understood, in which strategy, from whom.
 *
 * @param text what the person wrote, for the few answers that echo it ("found nothing on …"); never stored
 */
record Question(Strategy strategy, Understanding understanding, Asker asker, String text) {
}

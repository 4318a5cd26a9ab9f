/**
 * Answering questions about the strategy: from a person's words to an {@link org.strategybot.ask.Answer},
 * a plain record that the bot renders as a card and that other channels can render their own way.
 */
package org.strategybot.ask;

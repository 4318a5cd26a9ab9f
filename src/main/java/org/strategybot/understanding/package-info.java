/**
 * Understanding what a person asks: normalising text (typos, contractions, "SP 4", "priority four"),
 * recognising the intent from a vocabulary held as data, and finding the strategy items named in it.
 * Knows nothing of Teams.
 */
package org.strategybot.understanding;

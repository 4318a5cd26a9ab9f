package org.strategybot.actions;

/**
 * A change as stored.
 *
 * @param update   its record in the history
 * @param repeated true when the same change had been applied before: nothing was changed this time
 */
public record Applied(ProgressUpdate update, boolean repeated) {
}

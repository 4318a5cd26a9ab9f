package org.strategybot.actions;

/**
 * Which actions to list; null fields do not filter.
 *
 * @param owner   matches the owner's name or Azure AD object id exactly
 * @param overdue true: only overdue actions; false: only those that are not
 * @param stale   true: only stale actions; false: only those that are not
 */
public record ActionFilter(String strategyId, String priority, Rag rag, String owner, Boolean overdue, Boolean stale) {
}

package org.strategybot.search;

/**
 * What an import stored.
 *
 * @param replaced whether it replaced an earlier version of the document
 */
public record Imported(String documentId, String strategyId, String title, int sections, int passages,
        boolean replaced) {
}

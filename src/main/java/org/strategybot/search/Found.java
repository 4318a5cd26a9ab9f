package org.strategybot.search;

/**
 * A passage that answers a question: a quote from it and where it is.
 *
 * @param quote   the sentence or two of the passage around what was asked about, as written
 * @param passage the whole passage
 * @param score   relevance, higher is better; comparable only within one answer
 */
public record Found(String documentId, String document, String section, String quote, String passage,
        String source, String date, float score) {
}

package org.strategybot.search;

import java.util.List;

/**
 * What a strategy's documents say a term is.
 *
 * @param term      the term as asked, or the acronym's letters as the documents print them
 * @param expansion what the acronym stands for, where the documents spell it out; null otherwise
 * @param uses      the sentences that hold the term, the one that says most surely what it is first; each with
 *                  its document, section and date, as the documents may differ (two documents naming two directors)
 * @param defines   the first sentence says what the term is ("X, bringing together ...", "X (...)"); false when
 *                  the documents only mention it
 */
public record Definition(String term, String expansion, List<Found> uses, boolean defines) {

    public Definition {
        uses = List.copyOf(uses);
    }
}

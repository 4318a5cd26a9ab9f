package org.strategybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.springframework.util.function.SingletonSupplier;

/**
 * Whether a text speaks of a phrase, in its words or in those of a synonym ({@code search/synonyms.txt}), both
 * analysed as searches are: "care leavers" is spoken of by "leaving care" and by "the new approach to corporate
 * parenting"; "LAC" by "children in care". For matching a subject to short texts (a priority's title and topics,
 * an action's title) where a passage search would be too coarse. The first use reads the synonyms file and loads
 * Lucene's analysers, which no start needs to wait for (docs/performance.md, "Cold start").
 */
public class Synonyms {

    // a lambda, not Analysis::new: a method reference would load Analysis, and with it Lucene, with this class
    private final SingletonSupplier<Analysis> analysis = SingletonSupplier.of(() -> new Analysis());

    /**
     * The phrase's readings: its own terms, and each synonym's in its place, as the index holds them. Empty when the
     * phrase has no words to search for.
     */
    public List<Set<String>> readings(String phrase) {
        List<Set<String>> readings = new ArrayList<>();
        if (phrase == null || phrase.isBlank()) {
            return readings;
        }
        try (TokenStream ts = analysis.obtain().questions().tokenStream("text", phrase)) {
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
            for (Iterator<TokenStream> paths = graph.getFiniteStrings(); paths.hasNext(); ) {
                Set<String> terms = terms(paths.next());
                if (!terms.isEmpty() && !readings.contains(terms)) {
                    readings.add(terms);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readings;
    }

    /** Whether the text holds every term of one of the readings. */
    public boolean holds(String text, List<Set<String>> readings) {
        if (text == null || readings.isEmpty()) {
            return false;
        }
        Set<String> terms = analysis.obtain().documentTerms(text);
        return readings.stream().anyMatch(terms::containsAll);
    }

    private static Set<String> terms(TokenStream path) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
        path.reset();
        while (path.incrementToken()) {
            terms.add(term.toString());
        }
        path.end();
        path.close();
        return terms;
    }
}

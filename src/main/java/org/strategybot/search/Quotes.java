package org.strategybot.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The sentence or two of a passage that hold what a question asked about, to quote rather than a whole page. */
final class Quotes {

    private static final Pattern SENTENCES = Pattern.compile("(?<=[\\p{L})\"”'][.!?;:])\\s+|\\s*\\n\\s*");
    private static final int SHORT = 160;
    private static final int LONGEST = 420;

    private final Analysis analysis;

    Quotes(Analysis analysis) {
        this.analysis = analysis;
    }

    String quote(String passage, Set<String> questionTerms) {
        List<String> sentences = Stream.of(SENTENCES.split(passage)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        int best = 0;
        long bestHits = -1;
        for (int i = 0; i < sentences.size(); i++) {
            long hits = analysis.documentTerms(sentences.get(i)).stream().filter(questionTerms::contains).count();
            if (hits > bestHits) {
                best = i;
                bestHits = hits;
            }
        }
        String quote = sentences.get(best);
        // a short sentence (a heading-like lead-in, a list item) reads better with its neighbour
        if (quote.length() < SHORT && best + 1 < sentences.size()) {
            quote = quote + " " + sentences.get(best + 1);
        } else if (quote.length() < SHORT && best > 0) {
            quote = sentences.get(best - 1) + " " + quote;
        }
        return shorten(Layout.clean(quote));
    }

    /** At most about {@value #LONGEST} characters, cut at a word. */
    static String shorten(String quote) {
        if (quote.length() <= LONGEST) {
            return quote;
        }
        int cut = quote.lastIndexOf(' ', LONGEST - 1);
        return quote.substring(0, cut > 0 ? cut : LONGEST) + " …";
    }
}

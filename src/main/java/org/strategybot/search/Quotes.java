package org.strategybot.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** The sentence or two of a passage that hold what a question asked about, to quote rather than a whole page. */
final class Quotes {

    /** Sentence ends; (?U) so that the non-breaking spaces PDFs leave after a full stop count as spaces. */
    private static final Pattern SENTENCES = Pattern.compile("(?U)(?<=[\\p{L})\"”'][.!?;:])\\s+|\\s*\\n\\s*");
    private static final int SHORT = 160;
    private static final int LONGEST = 420;

    private final Analysis analysis;
    /**
     * Each passage's sentences and their terms, made once rather than for every question that quotes the passage (the
     * analysis was most of quoting's cost); keyed by the passage's text, so a changed document makes new entries.
     */
    private final Cache<String, Split> splits = Caffeine.newBuilder().maximumSize(4_096).build();

    private record Split(List<String> sentences, List<Set<String>> terms) {
    }

    Quotes(Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * The run of consecutive sentences, as long as a quote may be, that holds most of what was asked about: the
     * answer often follows the sentence that names the subject ("... the Fire Services. ... they still did the fire
     * safety checks ..."). A lone short sentence (a heading-like lead-in, a list item) comes with its neighbour.
     */
    String quote(String passage, Set<String> questionTerms) {
        Split split = splits.get(passage, this::split);
        List<String> sentences = split.sentences();
        long[] hits = new long[sentences.size()];
        for (int i = 0; i < hits.length; i++) {
            for (String term : split.terms().get(i)) {
                hits[i] += questionTerms.contains(term) ? 1 : 0;
            }
        }
        int from = 0;
        int to = 0;
        long most = -1;
        int shortest = Integer.MAX_VALUE;
        for (int i = 0; i < sentences.size(); i++) {
            if (hits[i] == 0 && most >= 0) {
                continue;
            }
            long sum = 0;
            int length = -1;
            for (int j = i; j < sentences.size() && length + 1 + sentences.get(j).length() <= LONGEST || j == i; j++) {
                length += 1 + sentences.get(j).length();
                sum += hits[j];
                // as much in fewer words is the better quote: no sentence along the way that holds nothing of it
                if (hits[j] > 0 && (sum > most || sum == most && length < shortest)) {
                    most = sum;
                    shortest = length;
                    from = i;
                    to = j;
                }
            }
        }
        String quote = String.join(" ", sentences.subList(from, to + 1));
        if (quote.length() < SHORT && from == to && to + 1 < sentences.size()) {
            quote = quote + " " + sentences.get(to + 1);
        } else if (quote.length() < SHORT && from == to && from > 0) {
            quote = sentences.get(from - 1) + " " + quote;
        }
        return shorten(Layout.clean(quote));
    }

    private Split split(String passage) {
        List<String> sentences = Stream.of(SENTENCES.split(passage)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Split(sentences, sentences.stream().map(analysis::documentTerms).map(Set::copyOf).toList());
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

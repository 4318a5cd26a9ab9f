package org.strategybot.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turning text into comparable words: normalising, splitting, stemming and measuring typos. */
final class Words {

    // neither runs past the next '<', so text full of unclosed tags costs one pass rather than one per tag
    private static final Pattern AT_MENTION = Pattern.compile("(?i)<at>[^<]*</at>");
    private static final Pattern TAGS = Pattern.compile("<[^<>]{0,200}>");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\w)'s\\b");
    // keeps the dot in codes like "sp4.2" and the "&" people write for "and"
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.&]+|(?<!\\p{N})\\.|\\.(?!\\p{N})");

    private Words() {
    }

    /** Lower-case words of a message, with Teams mentions and markup removed and contractions expanded. */
    /** The text without Teams' mentions and markup tags, which are no words of the message. */
    static String withoutMarkup(String text) {
        return text == null ? "" : TAGS.matcher(AT_MENTION.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        String s = withoutMarkup(text).replace("&nbsp;", " ").replace("&amp;", "&");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .toLowerCase(Locale.UK);
        s = expandContractions(s);
        s = POSSESSIVE.matcher(s).replaceAll("").replace("%", " percent ");
        s = NOT_WORD.matcher(s.replace("&", " and ")).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Contractions and what they stand for, compiled once: every message goes through them. */
    private static final Map<Pattern, String> CONTRACTIONS = contractions(
            "\\bwhat'?s\\b", "what is",
            "\\bwho'?s\\b", "who is",
            "\\bhow'?s\\b", "how is",
            "\\bwhere'?s\\b", "where is",
            "\\bthat'?s\\b", "that is",
            "\\b(\\w+)n't\\b", "$1 not",
            "\\b(\\w+)'re\\b", "$1 are",
            "\\b(\\w+)'ve\\b", "$1 have",
            "\\b(\\w+)'ll\\b", "$1 will",
            "\\bi'm\\b", "i am");

    private static Map<Pattern, String> contractions(String... patternsAndReplacements) {
        Map<Pattern, String> map = new LinkedHashMap<>();
        for (int i = 0; i < patternsAndReplacements.length; i += 2) {
            map.put(Pattern.compile(patternsAndReplacements[i]), patternsAndReplacements[i + 1]);
        }
        return map;
    }

    private static String expandContractions(String s) {
        String expanded = s;
        for (Map.Entry<Pattern, String> c : CONTRACTIONS.entrySet()) {
            expanded = c.getKey().matcher(expanded).replaceAll(c.getValue());
        }
        return expanded;
    }

    /**
     * A light English stemmer: enough to make "priorities"/"priority", "leavers"/"leaving",
     * "oversees"/"oversee" and "shaped"/"shape" meet, without a language library.
     */
    static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean stripped = false;
        for (String suffix : new String[] {"ingly", "edly", "ing", "ed"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                int n = w.length();
                if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && !"lsz".contains(w.substring(n - 1))) {
                    w = w.substring(0, n - 1);
                }
                stripped = true;
                break;
            }
        }
        if (!stripped && w.endsWith("ment") && w.length() >= 8) {
            w = w.substring(0, w.length() - 4);
            stripped = true;
        }
        if (!stripped && w.endsWith("er") && w.length() >= 5) {
            w = w.substring(0, w.length() - 2);
            stripped = true;
        }
        // one suffix at most, so "careers" (care-er) stays apart from "care" and "caring"
        if (!stripped && w.endsWith("e") && w.length() >= 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped at {@code max + 1}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** How many typos a word of this length may carry and still be recognised. */
    static int typoAllowance(int length) {
        return length >= 9 ? 2 : length >= 5 ? 1 : 0;
    }
}

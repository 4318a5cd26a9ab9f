package org.strategybot.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turning text into comparable words: normalising, splitting, stemming and measuring typos. */
final class Words {

    // neither runs past the next '<', so text full of unclosed tags costs one pass rather than one per tag
    private static final Pattern AT_MENTION = Pattern.compile("(?i)<at>[^<]*</at>");
    private static final Pattern TAGS = Pattern.compile("<[^<>]{0,200}>");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\w)'s\\b");

    private Words() {
    }

    /** The text without Teams' mentions and markup tags, which are no words of the message. */
    static String withoutMarkup(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf('<') < 0 ? text : TAGS.matcher(AT_MENTION.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /** Lower-case words of a message, with Teams mentions and markup removed and contractions expanded. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        String s = withoutMarkup(text).replace("&nbsp;", " ").replace("&amp;", "&");
        s = normalized(s).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .toLowerCase(Locale.UK);
        s = expandContractions(s);
        s = (s.contains("'s") ? POSSESSIVE.matcher(s).replaceAll("") : s).replace("%", " percent ");
        return wordsOf(s.replace("&", " and "));
    }

    /** NFKC, which leaves plain ASCII as it is: most messages are, and are spared the normaliser. */
    private static String normalized(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /**
     * The runs of letters and numbers, a dot kept only between two numbers ("sp4.2"): in one pass, as
     * {@code [^\p{L}\p{N}.]+|(?<!\p{N})\.|\.(?!\p{N})} replaced by spaces and then split at spaces would give them.
     */
    private static List<String> wordsOf(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean kept = Character.isLetter(c) || isNumber(c)
                    // the char before, not the code point: a look-behind sees one char
                    || c == '.' && i > 0 && isNumber(s.charAt(i - 1)) && next < s.length() && isNumber(s.codePointAt(next));
            if (kept && start < 0) {
                start = i;
            } else if (!kept && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            }
            i = next;
        }
        if (start >= 0) {
            words.add(s.substring(start));
        }
        return words;
    }

    /** Whether a character is what {@code \p{N}} matches: a digit, a letter-like or another number. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Contractions and what they stand for, compiled once: every message goes through them. Each with a word it
     * cannot match without, so that a message without it is spared the pattern.
     */
    private static final List<Contraction> CONTRACTIONS = List.of(
            new Contraction("what", "\\bwhat'?s\\b", "what is"),
            new Contraction("who", "\\bwho'?s\\b", "who is"),
            new Contraction("how", "\\bhow'?s\\b", "how is"),
            new Contraction("where", "\\bwhere'?s\\b", "where is"),
            new Contraction("that", "\\bthat'?s\\b", "that is"),
            new Contraction("n't", "\\b(\\w+)n't\\b", "$1 not"),
            new Contraction("'re", "\\b(\\w+)'re\\b", "$1 are"),
            new Contraction("'ve", "\\b(\\w+)'ve\\b", "$1 have"),
            new Contraction("'ll", "\\b(\\w+)'ll\\b", "$1 will"),
            new Contraction("i'm", "\\bi'm\\b", "i am"));

    private record Contraction(String needs, Pattern pattern, String replacement) {
        Contraction(String needs, String pattern, String replacement) {
            this(needs, Pattern.compile(pattern), replacement);
        }
    }

    private static String expandContractions(String s) {
        String expanded = s;
        for (Contraction c : CONTRACTIONS) {
            if (expanded.contains(c.needs())) {
                expanded = c.pattern().matcher(expanded).replaceAll(c.replacement());
            }
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

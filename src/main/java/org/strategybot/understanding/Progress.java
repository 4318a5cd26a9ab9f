package org.strategybot.understanding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percent complete as people write it: "60%", "seventy percent", "sixty-five per cent", "3/4 done", "three quarters
 * complete", "halfway through", "complete". A percentage over 100 is kept apart, to be refused.
 */
final class Progress {

    /** What a message says about percent complete: a value from 0 to 100, or one out of range; both null for none. */
    record Percent(Integer value, Integer outOfRange) {
        static final Percent NONE = new Percent(null, null);
    }

    private static final Set<String> PERCENT = Set.of("percent");
    private static final Set<String> COMPLETE = Set.of("complete", "completed", "done", "finished");
    /** "3/4 done": a fraction, not a date (which has two slashes) and not a score out of a hundred. */
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/])(\\d{1,2}) ?/ ?(\\d{1,2})(?![\\d/])");

    private final Vocabulary vocabulary;

    Progress(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Percent read(String text, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            int after = percentWordAt(words, i);
            if (after < 0) {
                continue;
            }
            Integer value = numberBefore(words, i);
            if (value != null) {
                return value <= 100 ? new Percent(value, null) : new Percent(null, value);
            }
        }
        Matcher f = FRACTION.matcher(text == null ? "" : text);
        while (f.find()) {
            int top = Integer.parseInt(f.group(1));
            int bottom = Integer.parseInt(f.group(2));
            if (bottom > 0 && bottom <= 10 && top <= bottom && completionFollows(Words.split(text.substring(f.end())), 0)) {
                return new Percent(Math.round(100f * top / bottom), null);
            }
        }
        for (Map.Entry<List<String>, Integer> fraction : vocabulary.fractions.entrySet()) {
            int at = ItemFinder.indexOf(words, fraction.getKey());
            if (at >= 0 && completionFollows(words, at + fraction.getKey().size())) {
                return new Percent(fraction.getValue(), null);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            // "nearly done", "not yet complete": not complete at all
            if (COMPLETE.contains(words.get(i)) && (i == 0 || !vocabulary.hedges.contains(words.get(i - 1)))
                    && (i < 2 || !vocabulary.hedges.contains(words.get(i - 2)))) {
                return new Percent(100, null);
            }
        }
        return Percent.NONE;
    }

    /** The index after "percent" (or "%") or "per cent" starting at i, or -1. */
    private static int percentWordAt(List<String> words, int i) {
        if (PERCENT.contains(words.get(i))) {
            return i + 1;
        }
        return "per".equals(words.get(i)) && i + 1 < words.size() && "cent".equals(words.get(i + 1)) ? i + 2 : -1;
    }

    /** The number written just before index i: digits, or words ("seventy five", "one hundred"). */
    private Integer numberBefore(List<String> words, int i) {
        if (i == 0) {
            return null;
        }
        String last = words.get(i - 1);
        if (last.matches("\\d{1,4}")) {
            return Integer.valueOf(last);
        }
        Integer units = vocabulary.numberWords.get(last);
        if (units == null) {
            return null;
        }
        if (units == 100) {
            return 100;
        }
        Integer tens = i >= 2 ? vocabulary.numberWords.get(words.get(i - 2)) : null;
        return tens != null && tens >= 20 && tens % 10 == 0 && units < 10 ? tens + units : units;
    }

    private boolean completionFollows(List<String> words, int from) {
        for (List<String> done : vocabulary.completionWords) {
            int at = ItemFinder.indexOf(words.subList(Math.min(from, words.size()), words.size()), done);
            if (at >= 0 && at <= 2) {
                return true;
            }
        }
        return false;
    }
}

package org.strategybot.updates;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percent complete as people may give it: a whole number from 0 to 100, and nothing else. "99.6" is not
 * rounded to a complete action, "NaN" is not zero, and a number too long for an int is not wrapped round.
 */
public final class Percent {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");
    /**
     * A figure followed by "%" or "per cent" as a message may write it, signed, with decimals or separators, or
     * not a number at all. The sign counts only at the start of a figure, so "50-60%" is a range, not minus 60.
     */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?i)(?<![\\w.,])([-+\u2212]?(?:\\d[\\d.,]*(?:e[-+]?\\d+)?|nan|inf(?:inity)?))\\s?(?:%|per ?cent\\b)");

    private Percent() {
    }

    /** The value a card's input holds; empty for anything but a whole number from 0 to 100. */
    static OptionalInt parse(String written) {
        String value = written.trim();
        if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) > 100) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /** The first percentage in a message that is not a whole number from 0 to 100 ("99.6%", "-5%", "NaN%"), if any. */
    public static Optional<String> invalidIn(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(message);
        while (m.find()) {
            String figure = m.group(1);
            if (!WHOLE.matcher(figure).matches() || Integer.parseInt(figure) > 100) {
                return Optional.of(quoted(figure) + "%");
            }
        }
        return Optional.empty();
    }

    /** Refusals quote what was written, but not at any length. */
    static String quoted(String value) {
        return value.length() > 12 ? value.substring(0, 12) + "…" : value;
    }
}

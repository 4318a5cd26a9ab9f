package org.strategybot.privacy;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategybot.privacy.Mentions.Mention;
import org.strategybot.privacy.Mentions.Strength;
import org.strategybot.privacy.Text.Token;

/** Details written beside a name that only a child has: a school year, a date of birth of the last 25 years. */
final class ChildDetails {

    private static final Pattern DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]((?:19|20)\\d{2})(?!\\d)");
    /** A school year written as one word: "Y10", "yr8", "year11". */
    private static final Pattern GLUED_SCHOOL_YEAR = Pattern.compile("(?:y|yr|year)(\\d{1,2})");

    private final Names names;

    ChildDetails(Names names) {
        this.names = names;
    }

    /**
     * "Jamie in Year 10", "kayla (year 8)", "Aisha, Y10,": a school year beside a name, in any case. A first name that
     * is nothing else ("jamie", "kayla") counts with the year in any of these forms; a name that is also a word
     * ("Grace", "Summer"), or initials, only with the year set apart in brackets or commas, since "the Summer Year 7
     * transition" or "mark in year 10 results" is no child. Groups ("children in year 10", "all of year 9") are no name.
     */
    boolean schoolYear(Text text, Mention m) {
        // "chloe year 11": the year's word read as a lower-case surname
        int j = schoolYearAt(text, m.start() + 1) >= 0 ? m.start() + 1 : m.end();
        boolean bracket = text.is(j, "(");
        boolean comma = text.is(j, ",");
        int k = bracket || comma || text.is(j, "in", "from", "-", "of") ? j + 1 : j;
        int after = schoolYearAt(text, k);
        if (after < 0 || !text.sameSentence(m.start(), after - 1)) {
            return false;
        }
        boolean setApart = bracket && text.is(after, ")")
                || comma && (text.get(after) == null || !text.sameSentence(after - 1, after) || text.is(after, ",", "and", ".", ";"));
        Token first = text.get(m.start());
        if (names.sort(first.text()) == Names.Sort.NAME && m.strength() != Strength.FAINT) {
            return true;
        }
        boolean initials = m.strength() == Strength.WEAK && !m.gazetteer() && first.text().length() <= 2
                && first.text().equals(first.text().toUpperCase());
        return setApart && (m.strength() == Strength.STRONG || m.strength() == Strength.TITLE || initials);
    }

    /** Where the words after a school year at k end ("year 10", "yr 8", "Y9"), or -1 when there is none at k. */
    private static int schoolYearAt(Text text, int k) {
        Token t = text.get(k);
        if (t == null) {
            return -1;
        }
        Matcher glued = GLUED_SCHOOL_YEAR.matcher(t.lower());
        if (glued.matches()) {
            int year = Integer.parseInt(glued.group(1));
            return year >= 1 && year <= 13 ? k + 1 : -1;
        }
        if (!t.is("year", "yr", "y") || !text.sameSentence(k, k + 1)) {
            return -1;
        }
        int year = Cues.number(text.get(k + 1));
        return year >= 1 && year <= 13 ? k + 2 : -1;
    }

    /** "Nathan Cole 07.05.2012": a full date right after a name, of a year a child now living was born in. */
    static boolean birthDate(Text text, int j) {
        int k = text.is(j, ",", "(", "-", ":") ? j + 1 : j;
        Token t = text.get(k);
        if (t == null || !text.sameSentence(j, k) || !Character.isDigit(t.text().charAt(0))) {
            return false;
        }
        Matcher date = DATE.matcher(text.value).region(t.start(), Math.min(text.value.length(), t.start() + 12));
        if (!date.lookingAt()) {
            return false;
        }
        int year = Integer.parseInt(date.group(1));
        int now = Year.now().getValue();
        return year <= now - 2 && year >= now - 25;
    }
}

package org.strategybot.privacy;

import java.util.List;
import java.util.regex.Pattern;

import org.strategybot.privacy.Finding.Kind;
import org.strategybot.privacy.Text.Token;

/**
 * A child's age or date of birth in any form: "aged 7", "aged seven", "a 14-year-old", "eleven years old",
 * "she is 11", "her son (7)", "ages 4, 6 and 9", "DOB 12/03/2015", "born in 2016". Ages that describe a service
 * or a group pass: ranges ("aged 0-25", "aged 16 to 25", "aged 25 or under", "11+"), plurals ("funding for
 * 2-year-olds") and a group with its age ("young people aged 16", "children aged 3 and 4"). Ages next to a
 * name are {@link People}'s.
 */
final class Ages {

    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|(?:\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?,?\\s{1,3}\\d{4}"
            + "|(?:19|20)\\d{2}\\b)";
    private static final Pattern BIRTH = Pattern.compile("(?i)(?:\\bd\\.?\\s?o\\.?\\s?b\\b\\.?|\\bdate\\s{1,3}of\\s{1,3}birth|"
            + "\\bborn(?:\\s{1,3}(?:on|in))?|\\bb\\.|\\bbirthday(?:\\s{1,3}(?:is|on))?)\\s{0,3}[:=-]?\\s{0,3}" + DATE);
    private static final List<String> RANGE_AFTER = List.of("-", "to", "and under", "and over", "or under", "or over",
            "or younger", "or older", "and above", "and below", "and older", "and younger", "plus", "+", "upwards", "or less",
            "or more", "and up", "or above", "or below", "years and", "through");
    private static final List<String> RANGE_BEFORE = List.of("under", "over", "above", "below", "between", "up", "from",
            "upto", "until", "till", "beyond", "after", "before", "around", "about", "approximately", "typically", "mostly");
    private static final List<String> LINK = List.of("is", "'s", "was", "are", "were", "turned", "turns", "now", "aged",
            "becomes", "became", "just", "has", "will", "be", "recently", "only");

    private static final Pattern WORD_YEAR_OLD = Pattern.compile("[a-z]{3,12}-(?:year|yr|month|week)s?-old");
    private static final Pattern GLUED_YEARS = Pattern.compile("\\d{1,2}(?:yo|yrs?|yrold)");
    private static final Pattern YEAR_OLD = Pattern.compile("(?:year|yr|month|week)s?-old");

    private Ages() {
    }

    static void find(Text text, List<Finding> found) {
        if (BIRTH.matcher(text.value).find()) {
            found.add(new Finding(Kind.DATE_OF_BIRTH, "a date after 'born', 'DOB' or 'date of birth'"));
        }
        for (int i = 0; i < text.size(); i++) {
            String why = ageAt(text, i);
            if (why != null) {
                found.add(new Finding(Kind.AGE, why));
                return;
            }
        }
    }

    private static String ageAt(Text text, int i) {
        Token t = text.get(i);
        if (t.is("aged", "age", "ages") && !text.is(i - 1, "school", "statutory", "retirement", "working", "average",
                "mean", "median", "reading", "gestational", "legal", "voting", "minimum", "compulsory", "participation")) {
            return afterAged(text, i);
        }
        if (yearOld(text, i)) {
            return "an age such as '7-year-old' or 'seven years old'";
        }
        if (Cues.CHILD_SUBJECTS.contains(t.lower()) && statedAge(text, i + 1)) {
            return "an age given to a child, such as 'she is 11'";
        }
        if (Cues.CHILD_SUBJECTS.contains(t.lower()) || Cues.FAMILY.contains(t.lower())) {
            if (text.is(i + 1, "(") && age(text.get(i + 2)) && text.is(i + 3, ")", ",", "and")) {
                return "an age in brackets after a child";
            }
            if (text.is(i + 1, ",") && age(text.get(i + 2)) && text.is(i + 3, ",", ")", "and")) {
                return "an age after a child, such as 'the girl, 13,'";
            }
            if (text.is(i + 1, ",", "(") && text.is(i + 2, "both", "each", "now", "just", "all") && age(text.get(i + 3))
                    && text.is(i + 4, ",", ")", "and")) {
                return "an age after children, such as 'the twins, both 3,'";
            }
        }
        return null;
    }

    /** "aged 7": unless a range, or a group's age ("young people aged 16", "children aged 3 and 4"). */
    private static String afterAged(Text text, int i) {
        int j = i + 1;
        if (text.is(j, ":")) {
            j++;
        }
        if (text.is(j, "of") && text.is(i, "age")) {
            // "the age of 7", but not "under the age of 5"
            return age(text.get(j + 1)) && !text.is(i - 2, RANGE_BEFORE.toArray(String[]::new)) ? "an age such as 'at the age of 7'" : null;
        }
        Token first = text.get(j);
        if (first == null || !age(first) || !text.sameSentence(i, j) || text.is(j - 1, RANGE_BEFORE.toArray(String[]::new))) {
            return null;
        }
        int values = 1;
        int k = j + 1;
        while (values < 6 && (text.is(k, ",", "and", "&") && age(text.get(k + 1)) || text.is(k, ",") && text.is(k + 1, "and") && age(text.get(k + 2)))) {
            k += text.is(k + 1, "and") ? 3 : 2;
            values++;
        }
        if (values == 1 && range(text, j + 1)) {
            return null;
        }
        if (values >= 3) {
            return "a list of ages";
        }
        if (cohort(text, i)) {
            return null;
        }
        return values == 2 ? "a list of ages" : "a number after 'aged'";
    }

    private static boolean range(Text text, int k) {
        Token next = text.get(k);
        if (next == null) {
            return false;
        }
        for (String r : RANGE_AFTER) {
            String[] words = r.split(" ");
            boolean all = true;
            for (int w = 0; w < words.length; w++) {
                all &= text.is(k + w, words[w]);
            }
            if (all) {
                return true;
            }
        }
        return next.text().startsWith("-") || next.text().startsWith("+");
    }

    /** A plural group just before "aged": "young people aged 16", "all children aged 5". */
    private static boolean cohort(Text text, int aged) {
        for (int k = aged - 1; k >= Math.max(0, aged - 3); k--) {
            Token t = text.get(k);
            if (!text.sameSentence(k, aged)) {
                return false;
            }
            if (Cues.COHORTS.contains(t.lower())) {
                return true;
            }
            if (t.is(",", "(", ")", ".", ";") || Cues.CHILD_SUBJECTS.contains(t.lower()) || Cues.FAMILY.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** "7-year-old", "seven year old", "eleven years old", "16yo", "6 month old"; not "2-year-olds". */
    private static boolean yearOld(Text text, int i) {
        Token t = text.get(i);
        String lower = t.lower();
        if (text.is(i - 1, "to", "-", "and", "or", "between", "under", "over")) {
            return false;
        }
        if (t.word() && WORD_YEAR_OLD.matcher(lower).matches()) {
            return Cues.NUMBER_WORDS.containsKey(lower.substring(0, lower.indexOf('-')));
        }
        if (t.type() == Text.Type.OTHER && GLUED_YEARS.matcher(lower).matches()) {
            return true;
        }
        if (!age(t)) {
            return false;
        }
        int j = i + 1;
        if (text.is(j, "-")) {
            j++;
        }
        Token unit = text.get(j);
        if (unit == null || !text.sameSentence(i, j)) {
            return false;
        }
        if (YEAR_OLD.matcher(unit.lower()).matches()) {
            return true;
        }
        if (unit.is("yo") || unit.is("y") && text.is(j + 1, "/") && text.is(j + 2, "o")) {
            return true;
        }
        if (unit.is("year", "years", "yr", "yrs", "month", "months", "week", "weeks")) {
            int k = text.is(j + 1, "-") ? j + 2 : j + 1;
            if (text.is(k, "old")) {
                return !text.is(i - 1, "are", "were", "all", "be");
            }
        }
        return false;
    }

    /** After a child: "is 11", "'s 7", "turned 17", "is now 8", "are 3 and 5", then an end, not "is 60%". */
    static boolean statedAge(Text text, int j) {
        int k = j;
        int links = 0;
        while (links < 3 && text.get(k) != null && LINK.contains(text.get(k).lower()) && text.sameSentence(j, k)) {
            k++;
            links++;
        }
        if (links == 0 || !age(text.get(k)) || !text.sameSentence(j, k)) {
            return false;
        }
        Token after = text.get(k + 1);
        if (range(text, k + 1)) {
            return false;
        }
        return after == null || !text.sameSentence(k, k + 1) || after.is(",", ".", ";", ")", "and", "years", "yrs", "next",
                "last", "in", "this", "on", "but", "so", "today", "now", "soon", "-", "and", "!", "yesterday", "at", "when",
                "with", "&", "or", "y", "yo", "(", "since", "just");
    }

    /** A number a child's age could be: 0 to 25, in digits or words. */
    static boolean age(Token t) {
        int n = Cues.number(t);
        return n >= 0 && n <= 25 && (t.type() != Text.Type.NUMBER || t.text().length() <= 2);
    }
}

package org.strategybot.understanding;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new due date in a progress update, as people write it: "new due date 31 March 2027", "delayed to 15/02/2027",
 * "end of January", "due next month", "pushed back two weeks". A date too vague to put in a plan ("by Easter")
 * is kept as written, so the author can be asked which date they mean rather than one being guessed.
 */
final class DueDates {

    /** A due date read, or the vague words that stood for one. */
    record Due(LocalDate date, String unclear) {
        static final Due NONE = new Due(null, null);
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:"
            + MONTHS + ")(?: \\d{4})?|(?:the )?end of (?:" + MONTHS + ")(?: \\d{4})?|(?:" + MONTHS + ") \\d{4})";
    /** Words that say a date is the new due date; "by" and "until" only count before a date. */
    private static final String MARKER = "(?:due(?: date)?|deadline|delayed|pushed back|put back|moved|extended|slip|slips|slipped|slipping"
            + "|expected|now due|target date|by|until|till|before)";
    private static final Pattern DUE = Pattern.compile(MARKER + "(?: is| now| to| until| till| by| on| for| back)*:? " + DATE);
    /** "end of January": a month's end is a deadline wherever it stands. */
    private static final Pattern MONTH_END = Pattern.compile("\\b((?:the )?end of (?:" + MONTHS + ")(?: \\d{4})?)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b" + MARKER + "(?: is| now| to| until| till| by| on| for| back)*:? "
            + "(?:the )?(end of (?:this|the|next) (?:week|month|year)|end of the financial year|next (?:week|month|year)"
            + "|in (\\w+) (day|week|month)s?|(\\w+) (day|week|month)s?(?: later)?)\\b");
    private static final Pattern END_OF_PERIOD = Pattern.compile("\\b(?:the )?(end of (?:this|the|next) (?:month|year)"
            + "|end of the financial year)\\b");

    private static final Pattern PUNCTUATION = Pattern.compile("[,;!?]");
    private static final Pattern FULL_STOP = Pattern.compile("\\.(?!\\d)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A vague date's pattern, with its words as they must stand in the text for it to match. */
    private record Vague(String words, Pattern pattern) {
    }

    private final Map<String, Integer> numberWords;
    private final List<Vague> vague;

    DueDates(Map<String, Integer> numberWords, List<List<String>> vague) {
        this.numberWords = numberWords;
        this.vague = vague.stream().map(phrase -> String.join(" ", phrase)).map(words -> new Vague(words, Pattern.compile("\\b"
                + MARKER + "(?: is| now| to| until| till| by| on| for| back)* (?:the )?(" + Pattern.quote(words) + ")\\b")))
                .toList();
    }

    Due read(String text, LocalDate today) {
        String t = SPACES.matcher(FULL_STOP.matcher(PUNCTUATION.matcher(text.toLowerCase(Locale.UK)).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        // most notes have no date at all: each pattern is tried only when the words it cannot match without are there
        boolean endOf = t.contains("end of ");
        Matcher m = DUE.matcher(t);
        if ((endOf || hasDigit(t)) && m.find()) {
            return new Due(date(m.group(1), today), null);
        }
        Matcher relative = RELATIVE.matcher(t);
        boolean period = t.contains("day") || t.contains("week") || t.contains("month") || t.contains("year");
        if (period && relative.find()) {
            LocalDate date = relative(relative, today);
            if (date != null) {
                return new Due(date, null);
            }
        }
        Matcher end = MONTH_END.matcher(t);
        if (endOf && end.find()) {
            return new Due(date(end.group(1), today), null);
        }
        Matcher endOfPeriod = END_OF_PERIOD.matcher(t);
        if (endOf && endOfPeriod.find()) {
            return new Due(endOf(endOfPeriod.group(1), today), null);
        }
        return unclear(t).map(u -> new Due(null, u)).orElse(Due.NONE);
    }

    /** "By Easter", "delayed to the summer": vague words after a due date's marker. */
    private Optional<String> unclear(String t) {
        for (Vague v : vague) {
            Matcher m = v.pattern().matcher(t);
            if (t.contains(v.words()) && m.find()) {
                return Optional.of(m.group(0).trim());
            }
        }
        return Optional.empty();
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private LocalDate relative(Matcher m, LocalDate today) {
        String what = m.group(1);
        if (what.startsWith("end of")) {
            return endOf(what, today);
        }
        if (what.startsWith("next ")) {
            return switch (what.substring(5)) {
                // the Friday of next week: the end of its working week
                case "week" -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(4);
                case "month" -> today.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
                default -> today.plusYears(1).with(TemporalAdjusters.lastDayOfYear());
            };
        }
        String count = m.group(2) != null ? m.group(2) : m.group(4);
        String unit = m.group(2) != null ? m.group(3) : m.group(5);
        Integer n = count.matches("\\d{1,3}") ? Integer.valueOf(count) : "a".equals(count) ? Integer.valueOf(1) : numberWords.get(count);
        if (n == null) {
            return null;
        }
        return switch (unit) {
            case "day" -> today.plusDays(n);
            case "week" -> today.plusWeeks(n);
            default -> today.plusMonths(n);
        };
    }

    private static LocalDate endOf(String what, LocalDate today) {
        if (what.contains("financial year")) {
            // UK public bodies' financial year ends on 31 March
            LocalDate march = LocalDate.of(today.getYear(), Month.MARCH, 31);
            return march.isBefore(today) ? march.plusYears(1) : march;
        }
        LocalDate base = what.contains("next") ? (what.endsWith("year") ? today.plusYears(1) : what.endsWith("month")
                ? today.plusMonths(1) : today.plusWeeks(1)) : today;
        if (what.endsWith("year")) {
            return base.with(TemporalAdjusters.lastDayOfYear());
        }
        if (what.endsWith("month")) {
            return base.with(TemporalAdjusters.lastDayOfMonth());
        }
        return base.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** A date as people write it; without a year, its next occurrence from today. */
    static LocalDate date(String text, LocalDate today) {
        String t = text.trim().toLowerCase(Locale.UK).replaceFirst("^the ", "").replace(" of ", " ");
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t);
            }
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{2,4}")) {
                String[] dmy = t.split("/");
                int year = Integer.parseInt(dmy[2]);
                return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0]));
            }
            String[] parts = t.replaceFirst("^end ", "").replaceAll("(\\d)(st|nd|rd|th)", "$1").split(" ");
            int day = parts[0].matches("\\d+") ? Integer.parseInt(parts[0]) : 0;
            Month month = month(parts[day > 0 ? 1 : 0]);
            Integer year = parts[parts.length - 1].matches("\\d{4}") ? Integer.valueOf(parts[parts.length - 1]) : null;
            if (day == 0) {
                // "March 2027" and "end of March" both mean the month's last day
                int y = year != null ? year : (month.getValue() >= today.getMonthValue() ? today.getYear() : today.getYear() + 1);
                return LocalDate.of(y, month, 1).with(TemporalAdjusters.lastDayOfMonth());
            }
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            LocalDate thisYear = MonthDay.of(month, day).atYear(today.getYear());
            return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
        } catch (DateTimeException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static Month month(String word) {
        for (Month m : Month.values()) {
            String name = m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
            if (name.equals(word) || name.startsWith(word) && word.length() >= 3) {
                return m;
            }
        }
        throw new IllegalArgumentException(word);
    }
}

package org.strategybot.understanding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the RAG, percent complete, new due date and note out of a progress update. */
final class UpdateParser {

    private static final Set<String> RAG_MARKERS = Set.of("status", "rag", "now", "to", "is", "as", "at", "set",
            "mark", "marked", "rated", "rating", "be");
    private static final Set<String> COMPLETE = Set.of("complete", "completed", "done", "finished");
    private static final Pattern PERCENT = Pattern.compile("\\b(\\d{1,4}) percent\\b");
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:"
            + MONTHS + ")(?: \\d{4})?|(?:the )?end of (?:" + MONTHS + ")(?: \\d{4})?|(?:" + MONTHS + ") \\d{4})";
    private static final Pattern DUE = Pattern.compile("(?:due(?: date)?|deadline|delayed|pushed back|moved|put back|extended)"
            + "(?: is| now| to| until| till| by| on| for)*:? " + DATE);
    private static final Pattern NOTE_START = Pattern.compile("[:]|\\s[-\u2013\u2014]\\s");
    private static final Pattern STATUS_SENTENCE = Pattern.compile(
            "(?i)(?:\\b(?:status|rag)(?: is| now|:)*|\\bnow)\\s*(?:red|amber|green)\\b[.!]?"
                    + "|(?<=[.!;]|^)\\s*(?:red|amber|green)[.!]?\\s*$");

    private final Vocabulary vocabulary;

    UpdateParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    UpdateRequest parse(String text, List<String> words, List<String> stems, LocalDate today) {
        String joined = String.join(" ", words);
        Integer percent = null;
        Integer badPercent = null;
        Matcher p = PERCENT.matcher(joined);
        if (p.find()) {
            int value = Integer.parseInt(p.group(1));
            if (value <= 100) {
                percent = value;
            } else {
                badPercent = value;
            }
        } else if (words.stream().anyMatch(COMPLETE::contains)) {
            percent = 100;
        }
        String notRag = words.stream().filter(vocabulary.notRagWords::contains).findFirst().orElse(null);
        // dates keep their slashes and dashes only in the text as written
        return new UpdateRequest(rag(stems), notRag, percent, badPercent, due(text.toLowerCase(Locale.UK), today), note(text));
    }

    /** The RAG word that follows a marker ("status green", "now amber", "set ... to red"), else the last one. */
    private String rag(List<String> stems) {
        String chosen = null;
        for (int i = 0; i < stems.size(); i++) {
            for (Map.Entry<String, List<List<String>>> rag : vocabulary.ragWords.entrySet()) {
                for (List<String> phrase : rag.getValue()) {
                    if (startsAt(stems, phrase, i)) {
                        boolean marked = i > 0 && RAG_MARKERS.contains(stems.get(i - 1))
                                || i > 1 && RAG_MARKERS.contains(stems.get(i - 2));
                        if (marked) {
                            return rag.getKey();
                        }
                        chosen = rag.getKey();
                    }
                }
            }
        }
        return chosen;
    }

    private static boolean startsAt(List<String> stems, List<String> phrase, int i) {
        if (i + phrase.size() > stems.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!stems.get(i + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate due(String text, LocalDate today) {
        String joined = text;
        Matcher m = DUE.matcher(joined.replaceAll("[,.;!?]", " ").replaceAll("\\s+", " "));
        if (!m.find()) {
            return null;
        }
        return date(m.group(1), today);
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
            boolean endOf = t.startsWith("end ");
            String[] parts = t.replaceFirst("^end ", "").replaceAll("(\\d)(st|nd|rd|th)", "$1").split(" ");
            int day = parts[0].matches("\\d+") ? Integer.parseInt(parts[0]) : 0;
            Month month = month(parts[day > 0 ? 1 : 0]);
            Integer year = parts[parts.length - 1].matches("\\d{4}") ? Integer.valueOf(parts[parts.length - 1]) : null;
            if (day == 0) {
                // "March 2027" and "end of March" both mean the month's last day
                int y = year != null ? year : (month.getValue() >= today.getMonthValue() ? today.getYear() : today.getYear() + 1);
                return LocalDate.of(y, month, 1).withDayOfMonth(LocalDate.of(y, month, 1).lengthOfMonth());
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

    /** The words after the first ":" or " - ", without a trailing "Status green." and without mentions. */
    static String note(String text) {
        String t = text == null ? "" : text.replaceAll("(?is)<at>.*?</at>", " ").replaceAll("(?s)<[^>]{0,200}>", " ");
        Matcher start = NOTE_START.matcher(t);
        String note = start.find() ? t.substring(start.end()) : "";
        note = STATUS_SENTENCE.matcher(note).replaceAll(" ");
        return note.replaceAll("\\s+", " ").replaceAll("^[\\s,;.:-]+|[\\s,;:-]+$", "").trim();
    }
}

package org.strategybot.understanding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategybot.actions.Rag;

/** Reads the RAG, percent complete, new due date and note out of a progress update. */
final class UpdateParser {

    private static final Set<String> RAG_MARKERS = Set.of("status", "rag", "now", "to", "is", "as", "at", "set",
            "mark", "marked", "rated", "rating", "be");
    /** Where a note starts: after a ":" or a dash with spaces ("SP4 update: …", "SP2.3 - amber …"). */
    static final Pattern NOTE_START = Pattern.compile(":|\\s[-\u2013\u2014]\\s");
    private static final Pattern STATUS_SENTENCE = Pattern.compile(
            "(?i)(?:\\b(?:status|rag)(?: is| now|:)*|\\bnow)\\s*(?:red|amber|green)\\b[.!]?"
                    + "|(?<=[.!;,]|^)\\s*(?:red|amber|green)[.!]?\\s*$");
    /** An update that starts with its item's code and no ":" or " - " before what happened: "SP1.3 pushed back to Christmas". */
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*[A-Za-z]{1,5} ?-?\\d{1,2}(?:\\.\\d{1,2})?(?:'s)?\\b(?:\\s+update\\b)?");
    /** Words that only carry the RAG, percent or the word "update", which the card shows in their own fields. */
    private static final Set<String> FIELD_WORDS = Set.of("status", "rag", "rating", "red", "amber", "green", "percent", "per",
            "cent", "complete", "completed", "done", "now", "update", "updated", "progress", "is", "at", "to");

    private final Vocabulary vocabulary;
    private final Progress progress;
    private final DueDates dueDates;

    UpdateParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.progress = new Progress(vocabulary);
        this.dueDates = new DueDates(vocabulary.numberWords, vocabulary.vagueDates);
    }

    UpdateRequest parse(String text, List<String> words, List<String> stems, LocalDate today) {
        Progress.Percent percent = progress.read(text, words);
        String notRag = words.stream().filter(vocabulary.notRagWords::contains).findFirst().orElse(null);
        // dates keep their slashes and dashes only in the text as written
        DueDates.Due due = dueDates.read(text, today);
        return new UpdateRequest(rag(stems), notRag, percent.value(), percent.outOfRange(), due.date(), due.unclear(),
                note(text).or(() -> unmarkedNote(text)).orElse(""));
    }

    /**
     * The RAG word that follows a marker ("status green", "now amber", "set ... to red"), else the last one, wherever it
     * stands: "Amber: the draft offer has slipped", "SP2.3 - amber".
     */
    private Rag rag(List<String> stems) {
        Rag chosen = null;
        for (int i = 0; i < stems.size(); i++) {
            for (Map.Entry<String, List<List<String>>> rag : vocabulary.ragWords.entrySet()) {
                for (List<String> phrase : rag.getValue()) {
                    if (ItemFinder.startsAt(stems, i, phrase)) {
                        boolean marked = i > 0 && RAG_MARKERS.contains(stems.get(i - 1))
                                || i > 1 && RAG_MARKERS.contains(stems.get(i - 2));
                        if (marked) {
                            return Rag.valueOf(rag.getKey());
                        }
                        chosen = Rag.valueOf(rag.getKey());
                    }
                }
            }
        }
        return chosen;
    }

    /** The words after the first ":" or " - ", without a trailing "Status green." and without mentions. */
    private static Optional<String> note(String text) {
        String t = Words.withoutMarkup(text);
        Matcher start = NOTE_START.matcher(t);
        return start.find() ? Optional.of(clean(t.substring(start.end()))) : Optional.empty();
    }

    /**
     * Without a ":" or " - ", what follows the item's code when it says more than the fields the card shows: "SP1.3
     * pushed back to Christmas" keeps what happened, while "SP2.2 is seventy percent complete" has no note.
     */
    private Optional<String> unmarkedNote(String text) {
        Matcher code = LEADING_CODE.matcher(Words.withoutMarkup(text));
        if (!code.find()) {
            return Optional.empty();
        }
        String rest = clean(code.replaceFirst(""));
        long said = Words.split(rest).stream().filter(w -> !FIELD_WORDS.contains(w) && !vocabulary.isStopword(w)
                && !vocabulary.numberWords.containsKey(w) && !w.chars().allMatch(Character::isDigit)).count();
        return said >= 2 ? Optional.of(rest) : Optional.empty();
    }

    private static String clean(String note) {
        return STATUS_SENTENCE.matcher(note).replaceAll(" ").replaceAll("\\s+", " ").replaceAll("^[\\s,;.:-]+|[\\s,;:-]+$", "").trim();
    }
}

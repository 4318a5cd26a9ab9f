package org.strategybot.understanding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the RAG, percent complete, new due date and note out of a progress update. */
final class UpdateParser {

    private static final Set<String> RAG_MARKERS = Set.of("status", "rag", "now", "to", "is", "as", "at", "set",
            "mark", "marked", "rated", "rating", "be");
    private static final Pattern NOTE_START = Pattern.compile("[:]|\\s[-\u2013\u2014]\\s");
    private static final Pattern STATUS_SENTENCE = Pattern.compile(
            "(?i)(?:\\b(?:status|rag)(?: is| now|:)*|\\bnow)\\s*(?:red|amber|green)\\b[.!]?"
                    + "|(?<=[.!;]|^)\\s*(?:red|amber|green)[.!]?\\s*$");

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
                note(text));
    }

    /**
     * The RAG word that follows a marker ("status green", "now amber", "set ... to red"), else the last one, wherever it
     * stands: "Amber: the draft offer has slipped", "SP2.3 - amber".
     */
    private String rag(List<String> stems) {
        String chosen = null;
        for (int i = 0; i < stems.size(); i++) {
            for (Map.Entry<String, List<List<String>>> rag : vocabulary.ragWords.entrySet()) {
                for (List<String> phrase : rag.getValue()) {
                    if (ItemFinder.indexOf(stems.subList(i, stems.size()), phrase) == 0) {
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

    /** The words after the first ":" or " - ", without a trailing "Status green." and without mentions. */
    static String note(String text) {
        String t = text == null ? "" : text.replaceAll("(?is)<at>.*?</at>", " ").replaceAll("(?s)<[^>]{0,200}>", " ");
        Matcher start = NOTE_START.matcher(t);
        String note = start.find() ? t.substring(start.end()) : "";
        note = STATUS_SENTENCE.matcher(note).replaceAll(" ");
        return note.replaceAll("\\s+", " ").replaceAll("^[\\s,;.:-]+|[\\s,;:-]+$", "").trim();
    }
}

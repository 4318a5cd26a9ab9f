package org.strategybot.ask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.strategybot.actions.Rag;
import org.strategybot.ask.Answer.Tone;

/** How RAG ratings and dates read in every answer about the plan, the digest and the history. */
final class StatusWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private StatusWords() {
    }

    static String label(Rag rag) {
        return rag == null ? "Not rated" : rag.label();
    }

    static Tone tone(Rag rag) {
        if (rag == null) {
            return Tone.PLAIN;
        }
        return switch (rag) {
            case RED -> Tone.ATTENTION;
            case AMBER -> Tone.WARNING;
            case GREEN -> Tone.GOOD;
        };
    }

    /** " (set by the lead; calculated: Red)" where the lead's RAG stands over the calculated one, given; else "". */
    static String overridden(Rag calculated) {
        return calculated == null ? "" : " (set by the lead; calculated: " + label(calculated) + ")";
    }

    static String day(Instant at, ZoneId zone) {
        return at == null ? "never" : DAY.format(at.atZone(zone));
    }

    static String day(LocalDate date) {
        return date == null ? "no date" : DAY.format(date);
    }
}

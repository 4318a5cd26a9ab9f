package org.strategybot.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action plan file as written (docs/action-plan-format.md).
 *
 * @param revision raised to apply a corrected file over the plan in the store; none is 1
 */
record PlanFile(String strategy, Integer revision, boolean sample, String note, List<PriorityEntry> priorities) {

    PlanFile {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }

    int revisionOrFirst() {
        return revision == null ? 1 : revision;
    }

    record PriorityEntry(String code, String lead, String leadEmail, List<ActionEntry> actions) {
        PriorityEntry {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    record ActionEntry(String code, String title, String businessArea, String owner, String ownerEmail, String created,
            String due, String rag, Integer percent, List<UpdateEntry> updates) {
        ActionEntry {
            updates = updates == null ? List.of() : List.copyOf(updates);
        }
    }

    record UpdateEntry(String at, String by, String note, String rag, Integer percent, String due) {
    }

    private static final Pattern OFFSET = Pattern.compile("([+-]\\d{1,5})([dw])");

    /** A calendar date, or an offset in days or weeks from {@code now}. */
    static LocalDate date(String text, Instant now, ZoneId zone) {
        Matcher offset = OFFSET.matcher(text.trim());
        if (offset.matches()) {
            return LocalDate.ofInstant(now, zone).plusDays(days(offset));
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a date (2024-03-31) nor an offset (+90d, -6w)");
        }
    }

    /** An instant, a calendar date (taken at 09:00), or an offset from {@code now}. */
    static Instant instant(String text, Instant now, ZoneId zone) {
        Matcher offset = OFFSET.matcher(text.trim());
        if (offset.matches()) {
            return now.plus(Duration.ofDays(days(offset)));
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException notAnInstant) {
            return date(text, now, zone).atTime(9, 0).atZone(zone).toInstant();
        }
    }

    private static long days(Matcher offset) {
        long n = Long.parseLong(offset.group(1));
        return offset.group(2).equals("w") ? n * 7 : n;
    }
}

package org.strategybot.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of record is kept (docs/information-governance.md gives the reasons for the defaults).
 * Periods are written as {@code 4y}, {@code 6m} (months), {@code 90d}.
 *
 * @param progressHistory    progress updates in the history, from when they were written. At least three
 *                           years: the dashboard's RAG history looks back 36 months and a committee report
 *                           may cover three years, and both rebuild the RAG from the history
 * @param deliveries         records of digest and reminder deliveries, from their last attempt
 * @param goneConversations  conversations Teams said the bot was removed from (their reference and
 *                           subscription), from when it said so
 * @param confirmedProposals the record of a confirmed update card (no note: the history has it), kept so that
 *                           pressing Confirm again says "Already saved"; unconfirmed cards go after
 *                           {@code strategy-bot.updates.proposal-expiry}
 * @param importedDocuments  documents imported into a strategy, from their latest import (documents shipped
 *                           with a strategy file stay while it ships them)
 * @param schedule           when the expired records are removed (a cron expression in
 *                           {@code strategy-bot.zone}; "-" never)
 */
@ConfigurationProperties("strategy-bot.retention")
public record RetentionSettings(
        @DefaultValue("4y") Period progressHistory,
        @DefaultValue("90d") Period deliveries,
        @DefaultValue("30d") Period goneConversations,
        @DefaultValue("7d") Period confirmedProposals,
        @DefaultValue("4y") Period importedDocuments,
        @DefaultValue("0 30 2 * * *") String schedule) {

    /** The longest look-back of anything rebuilt from the history (the dashboard's 36 months of RAG). */
    public static final Period LONGEST_LOOK_BACK = Period.ofYears(3);
    /** Periods of mixed units ("36m", "1100d") are compared by what they add to one date. */
    private static final LocalDate BASE = LocalDate.of(2001, 1, 1);

    public RetentionSettings {
        List<String> problems = new ArrayList<>();
        for (var p : List.of(new Named("progress-history", progressHistory), new Named("deliveries", deliveries),
                new Named("gone-conversations", goneConversations), new Named("confirmed-proposals", confirmedProposals),
                new Named("imported-documents", importedDocuments))) {
            if (p.period() == null || p.period().isNegative() || p.period().isZero()) {
                problems.add("strategy-bot.retention." + p.name() + " must be a positive period such as 90d or 4y");
            }
        }
        if (progressHistory != null && BASE.plus(progressHistory).isBefore(BASE.plus(LONGEST_LOOK_BACK))) {
            problems.add("strategy-bot.retention.progress-history must be at least 3y: the RAG history and the committee "
                    + "report rebuild the RAG from up to three years of progress updates");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private record Named(String name, Period period) {
    }

    /** The oldest moment a record kept for {@code period} may be from, at {@code now}, counted in calendar terms. */
    public static Instant keptSince(Period period, Instant now, ZoneId zone) {
        return now.atZone(zone).minus(period).toInstant();
    }

    /** "4 years", "90 days", "1 year and 6 months": a period as the governance answers say it. */
    public static String words(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "no time" : String.join(" and ", parts);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }

}

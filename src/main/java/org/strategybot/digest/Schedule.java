package org.strategybot.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * When a weekly digest is due: a day and time in a time zone, moved to the next working day when the day
 * is a weekend or a non-working day. Times are wall-clock times: 09:00 stays 09:00 across the change to
 * and from summer time, and a time that does not exist on the day clocks go forward is taken as the
 * moment after the gap.
 */
record Schedule(DayOfWeek day, LocalTime time, ZoneId zone, Set<LocalDate> nonWorkingDays) {

    /** The week's slot: this week's (Monday-based) scheduled moment. */
    Instant slotOfWeek(LocalDate anyDayOfWeek) {
        LocalDate date = anyDayOfWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(day));
        while (nonWorking(date)) {
            date = date.plusDays(1);
        }
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** The most recent slot at or before {@code now}: the digest that is due, or was. */
    Instant dueSlot(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant thisWeek = slotOfWeek(today);
        return thisWeek.isAfter(now) ? slotOfWeek(today.minusWeeks(1)) : thisWeek;
    }

    /** The next slot after {@code now}. */
    Instant next(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant thisWeek = slotOfWeek(today);
        return thisWeek.isAfter(now) ? thisWeek : slotOfWeek(today.plusWeeks(1));
    }

    private boolean nonWorking(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || nonWorkingDays.contains(date);
    }
}

package org.strategybot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Monday 09:00 in London, across daylight saving and bank holidays. */
class ScheduleTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Set<LocalDate> HOLIDAYS = Holidays.load(new DigestSettings(DayOfWeek.MONDAY, LocalTime.of(9, 0),
            List.of(LocalDate.of(2026, 11, 30)), java.time.Duration.ofMinutes(1), 20, 5, java.time.Duration.ofDays(21), true));
    final Schedule monday9 = new Schedule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LONDON, HOLIDAYS);

    @ParameterizedTest(name = "the week of {0}: {1}")
    @CsvSource({
            // winter: 09:00 GMT is 09:00Z; summer: 09:00 BST is 08:00Z
            "2026-01-14, 2026-01-12T09:00:00Z",
            "2026-07-15, 2026-07-13T08:00:00Z",
            // the clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026
            "2026-03-30, 2026-03-30T08:00:00Z",
            "2026-03-27, 2026-03-23T09:00:00Z",
            "2026-10-26, 2026-10-26T09:00:00Z",
            "2026-10-23, 2026-10-19T08:00:00Z",
            // Easter Monday 6 April 2026 moves it to Tuesday; Spring bank holiday 25 May 2026 too
            "2026-04-08, 2026-04-07T08:00:00Z",
            "2026-05-27, 2026-05-26T08:00:00Z",
            // Christmas 2026: Monday 28 December is the Boxing Day substitute
            "2026-12-30, 2026-12-29T09:00:00Z",
            // a configured non-working day
            "2026-12-02, 2026-12-01T09:00:00Z"})
    void theWeeksSlotIsTheWallClockTimeOnTheNextWorkingDay(LocalDate week, Instant slot) {
        assertThat(monday9.slotOfWeek(week)).isEqualTo(slot);
    }

    @Test
    void theDueSlotIsTheLatestPastOneAndTheNextIsTheFirstFutureOne() {
        Instant beforeNine = Instant.parse("2026-11-23T08:59:00Z");
        Instant afterNine = Instant.parse("2026-11-23T09:01:00Z");
        assertThat(monday9.dueSlot(beforeNine)).isEqualTo(Instant.parse("2026-11-16T09:00:00Z"));
        assertThat(monday9.dueSlot(afterNine)).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(monday9.next(afterNine)).as("30 Nov is configured as non-working").isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            subscribe this channel to the weekly digest every Monday at 9 | MONDAY    | 09:00
            weekly digest on Fridays at 2:30pm please                      | FRIDAY    | 14:30
            send us the digest every tuesday 14:00                         | TUESDAY   | 14:00
            digest on wednesdays at 8am                                    | WEDNESDAY | 08:00
            subscribe to the digest                                        | -         | -
            move the digest to thursday                                    | THURSDAY  | -
            """)
    void readsTheDayAndTimePeopleAskFor(String text, DayOfWeek day, LocalTime time) {
        var request = org.strategybot.understanding.ScheduleRequestProbe.parse(text);
        assertThat(request.day()).isEqualTo(day);
        assertThat(request.time()).isEqualTo(time);
    }
}

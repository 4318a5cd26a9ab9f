package org.strategybot.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overdue: due date passed and not complete. Stale: no update for the configured time and not complete. */
class ActionViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Instant STALE_BEFORE = NOW.minus(Duration.ofDays(28));

    @ParameterizedTest(name = "due {0}, {1}% complete: overdue {2}")
    @CsvSource({
            "2026-11-22, 50, true",
            "2026-11-23, 50, false",
            "2026-11-24, 50, false",
            "2026-01-01, 100, false",
            ", 50, false"})
    void overdueMeansPastItsDueDateAndNotComplete(LocalDate due, int percent, boolean overdue) {
        assertThat(ActionView.of(action(due, percent, NOW), TODAY, STALE_BEFORE).overdue()).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "last update {0} days ago, {1}% complete: stale {2}")
    @CsvSource({"27, 50, false", "28, 50, false", "29, 50, true", "400, 100, false"})
    void staleMeansNoUpdateForTheConfiguredTimeAndNotComplete(int daysAgo, int percent, boolean stale) {
        Instant last = NOW.minus(Duration.ofDays(daysAgo)).plusSeconds(daysAgo == 28 ? 1 : 0);
        assertThat(ActionView.of(action(TODAY.plusDays(30), percent, last), TODAY, STALE_BEFORE).stale()).isEqualTo(stale);
    }

    private static Action action(LocalDate due, int percent, Instant lastUpdate) {
        return new Action("s:SP1.1", "s", "SP1.1", "SP1", "an action", null, "owner", null, due, Rag.GREEN, percent,
                NOW.minus(Duration.ofDays(500)), lastUpdate, 0, false, null, null);
    }
}

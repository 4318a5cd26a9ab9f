package org.strategybot.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanFileTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest
    @CsvSource({"+90d, 2027-02-21", "-40d, 2026-10-14", "+6w, 2027-01-04", "2024-03-31, 2024-03-31", "' +0d ', 2026-11-23"})
    void datesAreCalendarDatesOrOffsetsFromLoading(String text, LocalDate expected) {
        assertThat(PlanFile.date(text, NOW, LONDON)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-2d, 2026-11-21T12:00:00Z", "2026-11-20T08:30:00Z, 2026-11-20T08:30:00Z", "2026-06-01, 2026-06-01T08:00:00Z"})
    void updateTimesAreInstantsDatesOrOffsets(String text, Instant expected) {
        assertThat(PlanFile.instant(text, NOW, LONDON)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"next week", "31/03/2024", "+3m"})
    void anythingElseIsRefusedWithTheFormsThatWork(String text) {
        assertThatThrownBy(() -> PlanFile.date(text, NOW, LONDON)).hasMessageContaining("+90d");
    }
}

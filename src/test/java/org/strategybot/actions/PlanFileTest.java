package org.strategybot.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"99.6", ".nan", "4294967346", "'ten'"})
    void aPercentInAPlanFileIsAWholeNumber(String percent) {
        assertThatThrownBy(() -> PlanLoader.read(plan(percent))).isInstanceOf(RuntimeException.class);
    }

    @org.junit.jupiter.api.Test
    void aWholePercentReadsAsItIs() {
        assertThat(PlanLoader.read(plan("60")).priorities().get(0).actions().get(0).percent()).isEqualTo(60);
    }

    private static byte[] plan(String percent) {
        return ("strategy: s\npriorities:\n  - code: SP1\n    actions:\n      - code: SP1.1\n        title: t\n"
                + "        rag: green\n        percent: " + percent + "\n").getBytes(StandardCharsets.UTF_8);
    }
}

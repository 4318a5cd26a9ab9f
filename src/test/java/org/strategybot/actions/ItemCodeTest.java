package org.strategybot.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemCodeTest {

    @ParameterizedTest(name = "{0} is a {1} of {2}")
    @CsvSource({"SP4, PRIORITY, SP4", "SP4.2, ACTION, SP4", "SP10.12, ACTION, SP10", "CO1, PRIORITY, CO1"})
    void aCodeWithADotIsAnActionOfThePriorityBeforeIt(String code, ItemCode.Kind kind, String priority) {
        assertThat(ItemCode.of(code).kind()).isEqualTo(kind);
        assertThat(ItemCode.of(code).isAction()).isEqualTo(kind == ItemCode.Kind.ACTION);
        assertThat(ItemCode.of(code).priority()).isEqualTo(priority);
    }

    @ParameterizedTest(name = "{0} then {1} is {2}")
    @CsvSource({"AMBER, GREEN, UP", "AMBER, RED, DOWN", "RED, RED, SAME", ", AMBER, NEW", "GREEN, , SAME", ", , SAME"})
    void theTrendSaysHowTheRagMovedAndReadsInJsonAsTheDashboardExpects(Rag previous, Rag now, Trend trend) {
        assertThat(Trend.between(previous, now)).isEqualTo(trend);
        assertThat(trend.json()).isEqualTo(trend.name().toLowerCase());
    }
}

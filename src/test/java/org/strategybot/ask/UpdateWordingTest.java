package org.strategybot.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strategybot.updates.Outcome;

/** Every outcome of an update has its words, with every value it carries filled in. */
class UpdateWordingTest {

    @ParameterizedTest
    @EnumSource(Outcome.Reason.class)
    void everyReasonIsSaidInFull(Outcome.Reason reason) {
        String said = UpdateAnswers.message(new Outcome(reason, List.of("A", "B", "C"), null, null, List.of()));

        assertThat(said).isNotBlank().doesNotContain("{");
    }
}

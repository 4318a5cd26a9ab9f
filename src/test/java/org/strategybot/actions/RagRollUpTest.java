package org.strategybot.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented roll-up rule, case by case. Actions are written R, A, G; "!" overdue; C complete. */
class RagRollUpTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            G G G       | GREEN
            C C         | GREEN
            G G C       | GREEN
            G A G       | AMBER
            G G!  G     | AMBER
            R G G       | RED
            R C         | RED
            A A A A     | AMBER
            G! G! G     | RED
            G! G G G    | AMBER
            G! G! G G   | AMBER
            G! G! G! G  | RED
            A! C C C    | RED
            C R         | RED
            ''          | NONE
            """)
    void aPriorityIsAsBadAsItsWorstOpenActionOrRedWhenMostAreOverdue(String actions, String expected) {
        Rag rag = RagRollUp.of(parse(actions), 0.5);
        assertThat(rag == null ? "NONE" : rag.name()).isEqualTo(expected);
    }

    static List<ActionView> parse(String spec) {
        List<ActionView> views = new ArrayList<>();
        int n = 0;
        for (String s : spec.trim().split("\\s+")) {
            if (s.isEmpty()) {
                continue;
            }
            boolean complete = s.equals("C");
            Rag rag = complete ? Rag.GREEN : switch (s.charAt(0)) {
                case 'R' -> Rag.RED;
                case 'A' -> Rag.AMBER;
                default -> Rag.GREEN;
            };
            views.add(new ActionView("SP1." + (++n), "SP1", "an action", null, "owner", LocalDate.now(), rag,
                    complete ? 100 : 50, Instant.now(), complete, s.endsWith("!"), false, false));
        }
        return views;
    }
}

package org.strategybot.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StrategyChangesTest {

    @Test
    void aNewerRevisionSaysWhichBlocksAndPrioritiesChanged() {
        Strategy old = StrategyFixtures.wokingham();
        List<Strategy.Priority> items = new ArrayList<>(old.priorities().items());
        items.set(4, new Strategy.Priority("SP5", "Strengthen our partnerships", items.get(4).topics()));
        items.remove(0);
        items.add(new Strategy.Priority("SP6", "Prepare for inspection", List.of()));
        Strategy changed = old.withPriorities(items).withRevision(old.revision() + 1);

        assertThat(StrategyChanges.between(old, changed))
                .containsExactly("priority SP5 title changed", "priority SP6 added", "priority SP1 removed");
        assertThat(StrategyChanges.between(old, old.withRevision(2))).isEmpty();
        assertThat(StrategyChanges.between(old, old.asPeriod(old.id(), old.title(), 2024, 2027))).contains("period changed");
    }
}

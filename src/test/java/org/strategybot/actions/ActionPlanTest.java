package org.strategybot.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.strategybot.system.TestStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

import io.micrometer.core.instrument.MeterRegistry;

/** The sample plan in the real store: loading, roll-up, overrides, history and the cache. */
@SpringBootTest
@DirtiesContext
class ActionPlanTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        TestStore.freshDataDir(registry);
    }

    @Autowired
    ActionPlan plan;
    @Autowired
    StrategyCatalog catalog;
    @Autowired
    PlanLoader loader;
    @Autowired
    MongoOperations mongo;
    @Autowired
    MeterRegistry meters;

    Strategy wokingham() {
        return catalog.defaultStrategy();
    }

    @Test
    void theSamplePlanGivesEveryPriorityActionsWithAMixOfRatingsAndIsMarkedAsSample() {
        PlanStatus status = plan.status(wokingham());
        assertThat(status.sample()).isTrue();
        assertThat(status.note()).containsIgnoringCase("illustrative");
        assertThat(status.priorities()).extracting(PriorityStatus::code).containsExactly("SP1", "SP2", "SP3", "SP4", "SP5");
        status.priorities().forEach(p -> assertThat(p.actions()).as(p.code()).isNotEmpty());
        assertThat(status.priorities()).allSatisfy(p -> assertThat(p.lead()).isNotBlank());
        Map<Rag, Long> ragCounts = status.actions().stream().collect(Collectors.groupingBy(ActionView::rag, Collectors.counting()));
        assertThat(ragCounts).containsKeys(Rag.RED, Rag.AMBER, Rag.GREEN);
        assertThat(status.actions()).anyMatch(ActionView::overdue).anyMatch(ActionView::stale).anyMatch(ActionView::complete);
        assertThat(status.actions()).extracting(ActionView::owner).doesNotContainNull().hasSizeGreaterThan(5);
    }

    @Test
    void loadingThePlanAgainAddsNothingAndKeepsProgress() {
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Action.class);
        long updatesBefore = mongo.count(new org.springframework.data.mongodb.core.query.Query(), ProgressUpdate.class);
        loader.run(null);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Action.class)).isEqualTo(before);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), ProgressUpdate.class)).isEqualTo(updatesBefore);
    }

    @Test
    void thePriorityRagIsTheRollUpOfItsActions() {
        for (PriorityStatus p : plan.status(wokingham()).priorities()) {
            if (p.override() == null) {
                assertThat(p.rag()).as(p.code()).isEqualTo(RagRollUp.of(p.actions(), 0.5));
            }
        }
    }

    @Test
    void theTrendComparesWithTheRagAWeekAgoRebuiltFromTheHistory() {
        // in the sample plan SP2.3's update three days ago took it from amber to red: SP2 was amber
        PriorityStatus sp2 = plan.status(wokingham(), "SP2").orElseThrow();
        assertThat(sp2.rag()).isEqualTo(Rag.RED);
        assertThat(sp2.previous()).isEqualTo(Rag.AMBER);
        assertThat(sp2.trend()).isEqualTo("down");
    }

    @Test
    void anOverrideNeedsAReasonAndShowsAtOnceWithItsReasonAndHistory() {
        Strategy s = wokingham();
        PlanStatus cached = plan.status(s);
        assertThat(plan.status(s)).as("served from the cache").isSameAs(cached);

        assertThatThrownBy(() -> plan.overrideRag(s, "SP4", Rag.AMBER, " ", "Lee Lead", "aad-lee"))
                .hasMessageContaining("reason");
        assertThat(plan.status(s)).as("a refused override changes nothing").isSameAs(cached);

        PriorityStatus sp4 = plan.overrideRag(s, "SP4", Rag.AMBER, "Two managers leave in December", "Lee Lead", "aad-lee");

        assertThat(sp4.rag()).isEqualTo(Rag.AMBER);
        assertThat(sp4.calculated()).isEqualTo(Rag.GREEN);
        assertThat(sp4.override().reason()).isEqualTo("Two managers leave in December");
        assertThat(plan.status(s)).as("the cache was evicted").isNotSameAs(cached);
        assertThat(plan.status(s, "SP4").orElseThrow().rag()).isEqualTo(Rag.AMBER);
        List<ProgressUpdate> history = plan.updatesSince(s.id(), Instant.now().minusSeconds(60));
        assertThat(history).anySatisfy(u -> {
            assertThat(u.target()).isEqualTo("SP4");
            assertThat(u.before().rag()).isEqualTo(Rag.GREEN);
            assertThat(u.after().rag()).isEqualTo(Rag.AMBER);
            assertThat(u.author()).isEqualTo("Lee Lead");
        });

        PriorityStatus cleared = plan.overrideRag(s, "SP4", null, "Managers replaced", "Lee Lead", "aad-lee");
        assertThat(cleared.override()).isNull();
        assertThat(cleared.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void anOverrideForAPriorityTheStrategyLacksIsRefused() {
        assertThatThrownBy(() -> plan.overrideRag(wokingham(), "SP9", Rag.RED, "why", "Lee", "aad"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SP9");
    }

    @Test
    void twoWritersAtOnceCannotBothWinAndNeitherIsLostSilently() {
        Strategy s = wokingham();
        PlanRecords records = new PlanRecords(mongo);
        long version = records.priority(s.id(), "SP1").orElseThrow().version();
        PriorityRecord.Override first = new PriorityRecord.Override(Rag.RED, "first", "a", Instant.now());
        PriorityRecord.Override second = new PriorityRecord.Override(Rag.GREEN, "second", "b", Instant.now());

        assertThat(records.setOverride(s.id(), "SP1", version, first)).isTrue();
        assertThat(records.setOverride(s.id(), "SP1", version, second)).as("read the same version").isFalse();
        assertThat(records.priority(s.id(), "SP1").orElseThrow().override().reason()).isEqualTo("first");
        records.setOverride(s.id(), "SP1", version + 1, null);
    }

    @Test
    void cacheStatisticsAreExposedAsMetrics() {
        plan.status(wokingham());
        plan.status(wokingham());
        assertThat(meters.find("cache.gets").tag("cache", "status").tag("result", "hit").functionCounter())
                .isNotNull()
                .satisfies(c -> assertThat(c.count()).isPositive());
    }
}

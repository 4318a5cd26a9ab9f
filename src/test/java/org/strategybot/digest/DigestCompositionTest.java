package org.strategybot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Change;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.system.TestStore;

/** The digest's week of progress on the real store: what it lists, and that years of history do not weigh on it. */
@SpringBootTest
@DirtiesContext
class DigestCompositionTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestStore.freshDataDir(registry);
    }

    @Autowired
    Digests digests;
    @Autowired
    ActionPlan plan;
    @Autowired
    StrategyCatalog catalog;
    @Autowired
    MongoOperations mongo;

    @Test
    void theDigestListsTheWeeksProgressAsTheHistoryHasItNewestFirstWithoutUndosOrWhatTheyUndid() {
        Strategy strategy = catalog.defaultStrategy();
        plan.apply(strategy, new Change("week-1", "SP2.1", new ProgressUpdate.State(Rag.AMBER, 40, null), "Recruitment started",
                "Lee Lead", "lead-1"));
        plan.apply(strategy, new Change("week-2", "SP2", new ProgressUpdate.State(Rag.GREEN, null, null), "On track overall",
                "Lee Lead", "lead-1"));
        plan.apply(strategy, new Change("week-3", "SP3.1", new ProgressUpdate.State(null, 55, null), "Typo in the percent",
                "Pat Lead", "lead-2"));
        plan.apply(strategy, new Change(ProgressUpdate.UNDO_PREFIX + "week-3", "SP3.1", new ProgressUpdate.State(null, 50, null),
                null, "Pat Lead", "lead-2", ProgressUpdate.Kind.UNDO, "week-3", false));

        List<ProgressUpdate> fromItems = plan.recentProgress(strategy);
        List<ProgressUpdate> fromHistory = plan.progressSince(strategy.id(), plan.trendWindowStart());

        assertThat(fromItems).extracting(ProgressUpdate::id).containsExactlyInAnyOrderElementsOf(
                fromHistory.stream().map(ProgressUpdate::id).toList());
        assertThat(fromItems).extracting(ProgressUpdate::id).contains("week-1", "week-2")
                .doesNotContain("week-3", ProgressUpdate.UNDO_PREFIX + "week-3");
        assertThat(fromItems).extracting(ProgressUpdate::at).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(digests.preview(strategy).updates()).extracting(ProgressUpdate::id).contains("week-2", "week-1");
    }

    @Test
    void theDigestListsTheWeeksProgressWithoutReadingTheHistory() {
        Strategy strategy = catalog.defaultStrategy();
        plan.apply(strategy, new Change("unread-1", "SP1.1", new ProgressUpdate.State(Rag.RED, null, null), "Funding withdrawn",
                "Lee Lead", "lead-1"));
        ProgressUpdate kept = mongo.findById("unread-1", ProgressUpdate.class);
        // the history's copy gone: were the digest reading the history, it would not know of this update
        mongo.remove(query(where("_id").is("unread-1")), ProgressUpdate.class);
        try {
            assertThat(digests.preview(strategy).updates()).extracting(ProgressUpdate::id).contains("unread-1");
        } finally {
            // put back for the test above, which compares the items with the history
            mongo.insert(kept);
        }
    }
}

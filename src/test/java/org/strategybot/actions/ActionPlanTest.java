package org.strategybot.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.strategybot.system.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    @Autowired
    StatusRollUp statusCache;

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
    void actionsAndPlansStoredBeforeRetiringAndRevisionsExistedStillRead(@Autowired PlanRecords records) {
        java.util.Date then = java.util.Date.from(Instant.parse("2024-01-01T09:00:00Z"));
        mongo.getCollection("actions").insertOne(new org.bson.Document("_id", "legacy:SP1.1").append("strategyId", "legacy")
                .append("code", "SP1.1").append("priority", "SP1").append("title", "An action from before").append("rag", "GREEN")
                .append("percent", 10).append("createdAt", then).append("lastUpdateAt", then).append("version", 0L)
                .append("sample", false));
        mongo.getCollection("plans").insertOne(new org.bson.Document("_id", "legacy").append("sample", false).append("loadedAt", then));

        assertThat(plan.actions(new ActionFilter("legacy", null, null, null, null, null))).extracting(ActionView::code)
                .containsExactly("SP1.1");
        assertThat(records.plan("legacy").orElseThrow().revision()).isZero();
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
        assertThat(sp2.trend()).isEqualTo(Trend.DOWN);
    }

    @Test
    void itemsStoredBeforeTheyCarriedTheirRecentUpdatesGetThemFromTheHistoryAtStartUp() {
        Strategy s = wokingham();
        List<PriorityStatus> before = plan.status(s).priorities();
        var all = new org.springframework.data.mongodb.core.query.Query();
        var unset = new org.springframework.data.mongodb.core.query.Update().unset("recent");
        mongo.updateMulti(all, unset, Action.class);
        mongo.updateMulti(all, unset, PriorityRecord.class);
        statusCache.refresh(s);
        assertThat(plan.status(s).priority("SP2").orElseThrow().latest()).as("nothing carried, nothing shown").isNull();

        loader.run(null);

        List<PriorityStatus> after = plan.status(s).priorities();
        assertThat(after).extracting(PriorityStatus::code, PriorityStatus::trend, p -> p.latest() == null ? null : p.latest().id())
                .containsExactlyElementsOf(before.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.code(), p.trend(),
                        p.latest() == null ? null : p.latest().id())).toList());
        assertThat(after).extracting(PriorityStatus::latest).doesNotContainNull();
    }

    @Test
    void anItemKeepsItsUpdatesOfTheTrendWindowAndAlwaysItsNewest() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        Instant windowStart = now.minus(java.time.Duration.ofDays(7));
        List<ProgressUpdate> kept = List.of();
        for (int day = 30; day >= 0; day -= 3) {
            kept = RecentUpdates.after(kept, update("u" + day, now.minus(java.time.Duration.ofDays(day))), windowStart);
        }
        assertThat(kept).extracting(ProgressUpdate::id).containsExactly("u6", "u3", "u0");
        List<ProgressUpdate> old = RecentUpdates.after(List.of(), update("long-ago", now.minus(java.time.Duration.ofDays(400))), windowStart);
        assertThat(old).extracting(ProgressUpdate::id).containsExactly("long-ago");
        assertThat(RecentUpdates.after(old, update("u1", now.minus(java.time.Duration.ofDays(1))), windowStart))
                .extracting(ProgressUpdate::id).containsExactly("u1");
        List<ProgressUpdate> busy = List.of();
        for (int i = 0; i < RecentUpdates.LIMIT + 20; i++) {
            busy = RecentUpdates.after(busy, update("b" + i, now.minusSeconds(1000 - i)), windowStart);
        }
        assertThat(busy).hasSize(RecentUpdates.LIMIT).last().extracting(ProgressUpdate::id).isEqualTo("b" + (RecentUpdates.LIMIT + 19));
    }

    private static ProgressUpdate update(String id, Instant at) {
        return new ProgressUpdate(id, "s", "SP1.1", "SP1", "Lee Lead", null, at, null, null, null, false);
    }

    private static Change change(String target, Rag rag, Integer percent, String note) {
        return new Change(java.util.UUID.randomUUID().toString(), target, new ProgressUpdate.State(rag, percent, null),
                note, "Lee Lead", "aad-lee");
    }

    @Test
    void aLeadsRagOnAPriorityShowsAtOnceWithItsReasonAndIsRecordedWithBeforeAndAfter() {
        Strategy s = wokingham();
        PlanStatus cached = plan.status(s);
        assertThat(plan.status(s)).as("served from the cache").isSameAs(cached);

        Applied applied = plan.apply(s, change("SP4", Rag.AMBER, null, "Two managers leave in December"));

        PriorityStatus sp4 = plan.status(s, "SP4").orElseThrow();
        assertThat(plan.status(s)).as("the change recomputed the cached status").isNotSameAs(cached);
        assertThat(sp4.rag()).isEqualTo(Rag.AMBER);
        assertThat(sp4.calculated()).isEqualTo(Rag.GREEN);
        assertThat(sp4.override().reason()).isEqualTo("Two managers leave in December");
        assertThat(sp4.latest().note()).isEqualTo("Two managers leave in December");
        assertThat(applied.update().before().rag()).isEqualTo(Rag.GREEN);
        assertThat(applied.update().after().rag()).isEqualTo(Rag.AMBER);
        assertThat(plan.history(s, "SP4", 10)).first().extracting(ProgressUpdate::id).isEqualTo(applied.update().id());

        plan.apply(s, change("SP4", Rag.GREEN, null, "Managers replaced"));
        assertThat(plan.status(s, "SP4").orElseThrow().override()).as("green is the calculated RAG: no override").isNull();
    }

    /** The change an undo applies, as the updates service makes it: the values put back, a note saying so. */
    private static Change undoOf(ProgressUpdate u) {
        return new Change(ProgressUpdate.UNDO_PREFIX + u.id(), u.target(), u.reversal(), "Undo of an earlier update to "
                + u.target() + ".", "Lee Lead", "aad-lee", ProgressUpdate.Kind.UNDO, u.id(), false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a new RAG and reason over a standing one | AMBER | Two managers leave in December | RED   |     | Both managers have now left
            a new reason alone                       | AMBER | Two managers leave in December |       |     | Agency cover agreed to March
            a percent alone                          | AMBER | Two managers leave in December |       | 35  |
            a RAG where none was set                 |       |                                | RED   |     | A legal challenge to the plan
            """)
    void undoingALeadsChangePutsBackTheOverrideExactlyAsItWas(String what, Rag standing, String reason, Rag rag,
            Integer percent, String note) {
        Strategy s = wokingham();
        mongo.updateFirst(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(Action.id(s.id(), "SP3"))),
                new org.springframework.data.mongodb.core.query.Update().unset("override").unset("previous"), PriorityRecord.class);
        statusCache.refresh(s);
        if (standing != null) {
            plan.apply(s, change("SP3", standing, null, reason));
        }
        LeadOverride before = plan.status(s, "SP3").orElseThrow().override();

        Applied changed = plan.apply(s, change("SP3", rag, percent, note));
        plan.apply(s, undoOf(changed.update()));

        assertThat(plan.status(s, "SP3").orElseThrow().override()).as(what).isEqualTo(before);
    }

    @Test
    void anActionUpdateChangesItsValuesAndRollsUp() {
        Strategy s = wokingham();
        plan.apply(s, change("SP5.4", Rag.RED, 40, "Forum attendance has dropped"));
        ActionView a = plan.status(s).actions().stream().filter(v -> v.code().equals("SP5.4")).findFirst().orElseThrow();
        assertThat(a.rag()).isEqualTo(Rag.RED);
        assertThat(a.percent()).isEqualTo(40);
        assertThat(a.stale()).isFalse();
        assertThat(plan.status(s, "SP5").orElseThrow().rag()).isEqualTo(Rag.RED);
        plan.apply(s, change("SP5.4", Rag.GREEN, null, "Attendance recovered"));
    }

    @Test
    void applyingTheSameChangeTwiceChangesNothingTheSecondTime() {
        Strategy s = wokingham();
        Change once = change("SP2.1", null, 80, "Clinics running monthly");
        Applied first = plan.apply(s, once);
        Applied again = plan.apply(s, once);
        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(plan.history(s, "SP2.1", 50)).filteredOn(u -> u.id().equals(once.id())).hasSize(1);
    }

    @Test
    void peopleUpdatingTheSameActionAtOnceAreAllKept() throws Exception {
        Strategy s = wokingham();
        int writers = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Applied>> results = new java.util.ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int percent = 60 + i;
            results.add(pool.submit(() -> {
                start.await();
                return plan.apply(s, change("SP4.2", null, percent, "writer " + percent));
            }));
        }
        start.countDown();
        for (var r : results) {
            assertThat(r.get().repeated()).isFalse();
        }
        pool.shutdown();
        List<ProgressUpdate> ours = plan.history(s, "SP4.2", 100).stream().filter(u -> u.note().startsWith("writer "))
                .sorted(java.util.Comparator.comparing(ProgressUpdate::at)).toList();
        assertThat(ours).hasSize(writers);
        // each update's "before" is the previous one's "after": none was overwritten unseen
        for (int i = 1; i < ours.size(); i++) {
            assertThat(ours.get(i).before().percent()).isEqualTo(ours.get(i - 1).after().percent());
        }
        assertThat(plan.status(s).actions().stream().filter(a -> a.code().equals("SP4.2")).findFirst().orElseThrow().percent())
                .isEqualTo(ours.get(ours.size() - 1).after().percent());
    }

    @Test
    void anUpdateForAnItemThePlanLacksIsRefused() {
        assertThatThrownBy(() -> plan.apply(wokingham(), change("SP9", Rag.RED, null, "why")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SP9");
        assertThatThrownBy(() -> plan.apply(wokingham(), change("SP4.9", Rag.RED, null, "why")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SP4.9");
    }

    @Test
    void aChangeInterruptedBeforeItsHistoryRecordIsFinishedLater() {
        Strategy s = wokingham();
        ProgressUpdate orphan = new ProgressUpdate("interrupted-1", s.id(), "SP1.1", "SP1", "Lee Lead", "aad-lee",
                Instant.now(), "written before an outage", null, null, false);
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(s.id() + ":SP1.1")),
                new org.springframework.data.mongodb.core.query.Update().set("pending", orphan), Action.class);

        assertThat(plan.history(s, "SP1.1", 50)).extracting(ProgressUpdate::id).contains("interrupted-1");
        assertThat(mongo.findById(s.id() + ":SP1.1", Action.class).pending()).isNull();
    }

    @Test
    void leadsAndDelegatesAreRecordedAndMayThenUpdate() {
        Strategy s = wokingham();
        plan.assign(s, "SP3", "Lee Lead", "aad-lee", true, change("SP3", null, null, "Lee Lead made lead of SP3"));
        plan.assign(s, "SP3", "Dee Delegate", "aad-dee", false, change("SP3", null, null, "Dee Delegate added"));
        Stewards stewards = plan.stewards(s, "SP3.1");
        assertThat(stewards.lead()).isEqualTo("Lee Lead");
        assertThat(stewards.ids()).contains("aad-lee", "aad-dee");
        assertThat(plan.status(s, "SP3").orElseThrow().lead()).isEqualTo("Lee Lead");
    }

    @Test
    void entriesStoredBeforeTheyHadAKindAreReadByTheirShapeAndOnlyProgressCountsAsProgress() {
        Strategy s = wokingham();
        java.util.Date now = new java.util.Date();
        var updates = mongo.getCollection("updates");
        // as stored before entries carried a kind, an undo target, or a sensitive mark
        updates.insertOne(new org.bson.Document("_id", "legacy-1").append("strategyId", s.id()).append("target", "SP1.3")
                .append("priority", "SP1").append("author", "Lee Lead").append("at", now).append("note", "legacy progress")
                .append("before", new org.bson.Document("rag", "GREEN").append("percent", 25))
                .append("after", new org.bson.Document("rag", "AMBER").append("percent", 30)).append("sample", false));
        updates.insertOne(new org.bson.Document("_id", "undo-legacy-1").append("strategyId", s.id()).append("target", "SP1.3")
                .append("priority", "SP1").append("author", "Lee Lead").append("at", now)
                .append("note", "Undo of an earlier update to SP1.3.")
                .append("before", new org.bson.Document("rag", "AMBER").append("percent", 30))
                .append("after", new org.bson.Document("rag", "GREEN").append("percent", 25)).append("sample", false));
        updates.insertOne(new org.bson.Document("_id", "legacy-2").append("strategyId", s.id()).append("target", "SP1")
                .append("priority", "SP1").append("author", "Ada Admin").append("at", now)
                .append("note", "Lee Lead is now the lead for SP1.").append("sample", false));
        updates.insertOne(new org.bson.Document("_id", "legacy-3").append("strategyId", s.id()).append("target", "SP1.2")
                .append("priority", "SP1").append("author", "Lee Lead").append("at", now).append("note", "still progress")
                .append("before", new org.bson.Document("percent", 60)).append("after", new org.bson.Document("percent", 60))
                .append("sample", false));

        Map<String, ProgressUpdate> read = plan.history(s, "SP1", 200).stream()
                .collect(Collectors.toMap(ProgressUpdate::id, u -> u));
        assertThat(read.get("legacy-1").kind()).isEqualTo(ProgressUpdate.Kind.PROGRESS);
        assertThat(read.get("undo-legacy-1").kind()).isEqualTo(ProgressUpdate.Kind.UNDO);
        assertThat(read.get("undo-legacy-1").undoes()).isEqualTo("legacy-1");
        assertThat(read.get("legacy-2").kind()).isEqualTo(ProgressUpdate.Kind.ASSIGNMENT);
        assertThat(read.values()).noneMatch(ProgressUpdate::sensitive);

        List<String> progress = plan.progressSince(s.id(), now.toInstant().minusSeconds(1)).stream().map(ProgressUpdate::id).toList();
        assertThat(progress).as("the undone update, its undo and the lead record are not progress; a note is")
                .contains("legacy-3").doesNotContain("legacy-1", "undo-legacy-1", "legacy-2");
    }

    @Test
    void anOverrideStoredBeforeItCouldBeSensitiveReadsAsOrdinary() {
        Strategy s = wokingham();
        mongo.getCollection("priorities").updateOne(new org.bson.Document("_id", s.id() + ":SP5"), new org.bson.Document("$set",
                new org.bson.Document("override", new org.bson.Document("rag", "RED").append("reason", "Partners withdrew")
                        .append("by", "Lee Lead").append("at", new java.util.Date()))));
        statusCache.refresh(s);
        PriorityStatus sp5 = plan.status(s, "SP5").orElseThrow();
        assertThat(sp5.override().sensitive()).isFalse();
        assertThat(sp5.withoutSensitive().override().reason()).isEqualTo("Partners withdrew");
        plan.apply(s, change("SP5", sp5.calculated(), null, "Back to the calculated RAG"));
    }

    @Test
    void aChangeRecomputesTheCachedStatusSoNoReaderComputesIt() {
        Strategy s = wokingham();
        plan.status(s);
        double misses = statusMisses();

        plan.apply(s, change("SP1.2", Rag.AMBER, 35, "Recruitment paused for a month"));

        assertThat(action(s, "SP1.2").rag()).isEqualTo(Rag.AMBER);
        assertThat(action(s, "SP1.2").percent()).isEqualTo(35);
        assertThat(statusMisses()).as("the reader found the new status in the cache").isEqualTo(misses);
    }

    @Test
    void aChangeMadeByAnotherInstanceShowsAfterTheBackgroundRefresh() {
        Strategy s = wokingham();
        Rag before = action(s, "SP3.2").rag();
        Rag other = before == Rag.RED ? Rag.GREEN : Rag.RED;
        // another instance shares the store, not this one's cache
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(Action.id(s.id(), "SP3.2"))),
                new org.springframework.data.mongodb.core.query.Update().set("rag", other), Action.class);
        assertThat(action(s, "SP3.2").rag()).as("still this instance's cached status").isEqualTo(before);

        statusCache.refreshAll();

        assertThat(action(s, "SP3.2").rag()).isEqualTo(other);
        plan.apply(s, change("SP3.2", before, null, "Back as it was"));
    }

    private ActionView action(Strategy s, String code) {
        return plan.status(s).actions().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
    }

    private double statusMisses() {
        var counter = meters.find("cache.gets").tag("cache", "status").tag("result", "miss").functionCounter();
        return counter == null ? 0 : counter.count();
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

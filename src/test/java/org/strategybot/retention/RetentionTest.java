package org.strategybot.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Change;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.digest.Conversation;
import org.strategybot.digest.DeliveryRecord;
import org.strategybot.digest.Digests;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.system.MovableClock;
import org.strategybot.system.OneInstance;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.Rest;
import org.strategybot.system.TestStore;
import org.strategybot.updates.Edits;
import org.strategybot.updates.Outcome;
import org.strategybot.updates.Updates;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention on the real application and store, living through four years in a moment on a clock moved forward:
 * each kind of record is seeded on both sides of its retention period, then the bot's own removal runs, and
 * exactly the expired ones are gone while the status, the RAG history and the reports inside the period stay
 * as they were.
 */
@EndpointTest
@Import(MovableClock.Config.class)
// the schedule is not what is tested: runs are asked for here, at the moments the test chooses
@TestPropertySource(properties = "strategy-bot.retention.schedule=-")
// the application lives four years ahead on the moved clock: no later class may use it
@DirtiesContext
class RetentionTest {

    static final String ADMIN = EndpointTest.ADMIN;
    static final Person ADA = new Person(ADMIN, "Ada Admin");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MovableClock clock;
    @Autowired
    Retention retention;
    @Autowired
    ActionPlan plan;
    @Autowired
    Updates updates;
    @Autowired
    Digests digests;
    @Autowired
    StrategyCatalog catalog;
    @Autowired
    OneInstance oneInstance;
    @Autowired
    MongoOperations mongo;

    Rest rest;

    @Test
    void theBotRemovesExactlyWhatHasExpiredAndTheStatusRagHistoryAndReportsStayAsTheyWere() throws Exception {
        Strategy s = catalog.defaultStrategy();
        Instant start = clock.instant();
        // the run happens four years and a month on: everything from the start has expired, nothing from later
        Instant run = ZonedDateTime.ofInstant(start, LONDON).plusYears(4).plusMonths(1).toInstant();

        update(s, "SP1.1", "Old note from the first year of the strategy.");
        importDocument(s, "Participation strategy 2022", "The participation strategy sets out how young advisers shape services.");
        delivery("old", start);
        subscription("19:old-gone@thread.tacv2", start, true);
        subscription("19:still-here@thread.tacv2", start, false);
        String oldCard = propose(s, "SP4.2", "Old card nobody confirmed.", false);
        String oldConfirmed = propose(s, "SP4.3", "Old card that was confirmed.", true);

        clock.set(ZonedDateTime.ofInstant(start, LONDON).plusYears(3).toInstant());
        update(s, "SP1.1", "Note from the fourth year, still kept.");
        importDocument(s, "Participation strategy 2025", "The refreshed participation strategy adds a care leavers' forum.");

        clock.set(run.minus(Duration.ofDays(100)));
        delivery("expired", clock.instant());
        clock.set(run.minus(Duration.ofDays(40)));
        subscription("19:gone-long-ago@thread.tacv2", clock.instant(), true);
        clock.set(run.minus(Duration.ofDays(10)));
        delivery("recent", clock.instant());
        subscription("19:gone-lately@thread.tacv2", clock.instant(), true);
        String confirmedLongAgo = propose(s, "SP5.2", "Confirmed ten days before.", true);
        clock.set(run.minus(Duration.ofDays(2)));
        String expiredCard = propose(s, "SP5.3", "Card left for two days.", false);
        String confirmedLately = propose(s, "SP5.4", "Confirmed two days before.", true);
        clock.set(run.minus(Duration.ofHours(1)));
        String freshCard = propose(s, "SP3.2", "Card from an hour ago.", false);
        clock.set(run);

        List<String> statusBefore = statuses();
        List<String> ragBefore = ragHistory();
        Map<String, Long> removed = retention.run().orElseThrow();

        assertThat(removed).containsEntry("documents", 1L).containsEntry("subscriptions", 2L);
        assertThat(removed.get("updates")).as("the old note and the sample plan's history, all from before").isPositive();
        assertThat(removed.get("actions")).as("items whose newest update was one of those").isPositive();
        String history = get("/api/updates?target=SP1.1");
        assertThat(history).contains("Note from the fourth year, still kept.").doesNotContain("Old note from the first year");
        assertThat(json("/api/updates?since=2000-01-01")).allSatisfy(u -> assertThat(Instant.parse(u.path("at").asString()))
                .isAfter(ZonedDateTime.ofInstant(run, LONDON).minusYears(4).toInstant()));
        Instant keptSince = ZonedDateTime.ofInstant(run, LONDON).minusYears(4).toInstant();
        assertThat(mongo.getCollection("actions").find().into(new ArrayList<>()).toString())
                .as("no item keeps a copy of an expired update").doesNotContain("Old note from the first year");
        assertThat(json("/api/priorities")).as("nor does the cached status show one as a priority's latest")
                .allSatisfy(p -> assertThat(p.path("latest").isNull() || p.path("latest").isMissingNode()
                        || Instant.parse(p.path("latest").path("at").asString()).isAfter(keptSince)).isTrue());

        String documents = get("/api/strategies/wokingham-2021-24/documents");
        assertThat(documents).contains("Participation strategy 2025").doesNotContain("Participation strategy 2022")
                .contains("Strategy, Vision, Mission and Values");
        assertThat(get("/api/search?q=young+advisers+participation")).doesNotContain("young advisers");
        assertThat(get("/api/search?q=care+leavers+forum")).contains("care leavers");

        assertThat(ids("deliveries")).containsExactlyInAnyOrder("digest:recent@slot");
        assertThat(ids("subscriptions")).containsExactlyInAnyOrder("19:still-here@thread.tacv2", "19:gone-lately@thread.tacv2");
        assertThat(ids("installations")).containsExactlyInAnyOrder("19:still-here@thread.tacv2", "19:gone-lately@thread.tacv2");
        assertThat(ids("proposals")).containsExactlyInAnyOrder(confirmedLately, freshCard)
                .doesNotContain(oldCard, oldConfirmed, confirmedLongAgo, expiredCard);

        assertThat(statuses()).isEqualTo(statusBefore);
        assertThat(ragHistory()).isEqualTo(ragBefore);
    }

    @Test
    void aReportCannotStartBeforeTheHistoryIsKeptFrom() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        LocalDate horizon = today.minusYears(4);
        HttpResponse<String> tooEarly = send("/api/reports/committee.md?from=" + horizon.minusDays(1) + "&to="
                + horizon.plusMonths(2));
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("kept for 4 years").contains("strategy-bot.retention.progress-history")
                .doesNotContain("Exception");
        assertThat(send("/api/reports/committee.md?from=" + horizon.plusDays(2) + "&to=" + horizon.plusMonths(2))
                .statusCode()).isEqualTo(200);
        assertThat(send("/api/rag-history?months=36").statusCode()).as("the dashboard's longest look-back").isEqualTo(200);
    }

    @Test
    void oneInstanceRemovesExpiredRecordsAndAnotherRunningSoonAfterLeavesThemToIt() {
        clock.move(Duration.ofHours(2));
        Instant now = clock.instant();
        delivery("expired-once", now.minus(Duration.ofDays(400)));
        assertThat(oneInstance.run("retention", Duration.ofHours(1), Duration.ofHours(1), () -> "another instance's run"))
                .as("another instance ran it").isPresent();
        assertThat(retention.run()).isEmpty();
        assertThat(ids("deliveries")).contains("digest:expired-once@slot");

        clock.move(Duration.ofHours(2));
        assertThat(retention.run()).isPresent();
        assertThat(ids("deliveries")).doesNotContain("digest:expired-once@slot");
        delivery("expired-twice", clock.instant().minus(Duration.ofDays(400)));
        assertThat(retention.run()).as("the same night, a later tick of another instance").isEmpty();
        assertThat(ids("deliveries")).contains("digest:expired-twice@slot");
    }

    @Test
    void progressHistoryIsKeptAtLeastAsLongAsTheReportsLookBack() {
        assertThat(new RetentionSettings(Period.ofYears(3), Period.ofDays(90), Period.ofDays(30), Period.ofDays(7),
                Period.ofYears(4), "-").progressHistory()).isEqualTo(Period.ofYears(3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetentionSettings(Period.ofMonths(35), Period.ofDays(90),
                Period.ofDays(30), Period.ofDays(7), Period.ofYears(4), "-"))
                .hasMessageContaining("progress-history must be at least 3y");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetentionSettings(Period.ofYears(4), Period.ZERO,
                Period.ofDays(30), Period.ofDays(7), Period.ofYears(4), "-"))
                .hasMessageContaining("strategy-bot.retention.deliveries must be a positive period");
        assertThat(RetentionSettings.words(Period.of(1, 6, 0))).isEqualTo("1 year and 6 months");
    }

    // ---- seeding, each the way the application stores it ---------------------------------------------------------

    private void update(Strategy s, String target, String note) {
        plan.apply(s, new Change(UUID.randomUUID().toString(), target, new ProgressUpdate.State(null, 50, null), note,
                "Ada Admin", ADMIN));
    }

    private void importDocument(Strategy s, String title, String text) throws Exception {
        HttpResponse<String> r = rest.post("/api/strategies/" + s.id() + "/documents?title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8), TestStore.ADMIN_KEY, "text/plain", text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private void delivery(String conversation, Instant at) {
        mongo.insert(new DeliveryRecord("digest:" + conversation + "@slot", "digest", conversation, at,
                DeliveryRecord.Status.SENT, 1, null, at, at));
    }

    /** A channel subscribed by an administrator; {@code gone}: Teams then said the bot was removed from it. */
    private void subscription(String channel, Instant at, boolean gone) {
        String reference = "{\"conversation\":{\"id\":\"" + channel + "\",\"conversationType\":\"channel\"},"
                + "\"serviceUrl\":\"http://127.0.0.1:1/\",\"channelId\":\"msteams\"}";
        assertThat(digests.subscribe(new Conversation(channel, "72f988bf-0000-4000-8000-00000000beef", "channel", "General",
                reference), ADA, null, null).ok()).isTrue();
        if (gone) {
            mongo.updateFirst(query(where("_id").is(channel)), new Update().set("gone", true).set("goneAt", at), "subscriptions");
        }
    }

    /** An update card proposed by an administrator, and confirmed if asked: returns its id. */
    private String propose(Strategy s, String target, String note, boolean confirm) {
        Outcome proposed = updates.propose(UUID.randomUUID().toString(), s, ADA, new Updates.Request(target, null, 60, null, note));
        assertThat(proposed.kind()).isEqualTo(Outcome.Kind.PROPOSED);
        if (confirm) {
            assertThat(updates.confirm(proposed.proposal().id(), s, ADA, new Edits(null, null, null, null, false)).kind())
                    .isEqualTo(Outcome.Kind.SAVED);
        }
        return proposed.proposal().id();
    }

    // ---- reading back ---------------------------------------------------------------------------------------------

    private List<String> ids(String collection) {
        List<String> ids = new ArrayList<>();
        mongo.getCollection(collection).find().forEach(d -> ids.add(String.valueOf(d.get("_id"))));
        return ids;
    }

    private List<String> statuses() throws Exception {
        List<String> out = new ArrayList<>();
        json("/api/priorities").forEach(p -> out.add(p.path("code").asString() + " " + p.path("rag").asString() + " "
                + p.path("previous").asString() + " " + p.path("trend").asString() + " " + p.path("percent").asString()));
        return out;
    }

    private List<String> ragHistory() throws Exception {
        List<String> out = new ArrayList<>();
        json("/api/rag-history?months=36").forEach(m -> out.add(m.path("priorities").toString()));
        return out;
    }

    private JsonNode json(String path) throws Exception {
        return JsonMapper.shared().readTree(get(path));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = send(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> send(String path) throws Exception {
        return rest.get(path, TestStore.ADMIN_KEY);
    }
}

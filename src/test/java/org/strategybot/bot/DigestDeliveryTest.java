package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Change;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.digest.Conversation;
import org.strategybot.digest.DeliveryRecord;
import org.strategybot.digest.Digests;
import org.strategybot.strategy.StrategyCatalog;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The weekly digest over a Bot Connector that throttles and fails like Teams: every subscribed conversation
 * gets it exactly once, through a resumed run and two runs at once; removed conversations are not retried;
 * leads with quiet actions are reminded once.
 */
@EndpointTest
// a high send rate and patient retries, so that a thousand channels through an unreliable connector take seconds: on
// a machine at many times its cores' load, six attempts left a few percent of channels failed, which says nothing about
// sending each digest once; and an application of its own, as it sends the digest to every subscription the application holds and counts arrivals
@TestPropertySource(properties = {"strategy-bot.digest.send-rate=2000", "strategy-bot.digest.max-attempts=10",
        EndpointTest.OWN_APPLICATION + "=it counts every digest the application sends"})
class DigestDeliveryTest {

    static final String ADMIN = EndpointTest.ADMIN;
    static final String LEAD = TeamsChat.LEAD;
    /** Monday 7 December 2026, one minute after the digest's 09:00 (GMT) slot. */
    static final Instant MONDAY = Instant.parse("2026-12-07T09:01:00Z");
    static final Person ADMIN_PERSON = new Person(ADMIN, "Ada Admin");

    @Autowired
    Digests digests;
    @Autowired
    MongoOperations mongo;
    @Autowired
    ActionPlan plan;
    @Autowired
    StrategyCatalog catalog;

    FakeConnector connector;
    TeamsChat teams;

    @Test
    void aThousandChannelsEachGetTheDigestExactlyOnceThroughThrottlingAndOutages() {
        List<String> ids = subscribe("fan", 1000);
        connector.misbehave(7, 13);
        try {
            digests.runAt(MONDAY);
        } finally {
            connector.misbehave(0, 0);
        }
        Map<String, Long> delivered = deliveredDigests("fan");
        assertThat(delivered).hasSize(1000);
        assertThat(delivered.values()).allMatch(n -> n == 1);
        assertThat(refused("fan")).as("the connector did throttle and fail").isGreaterThan(100);
        assertThat(records("fan", DeliveryRecord.Status.SENT)).isEqualTo(1000);
        assertThat(records("fan", DeliveryRecord.Status.FAILED)).isZero();
        assertThat(ids).hasSize(1000);

        digests.runAt(MONDAY.plusSeconds(60));
        assertThat(deliveredDigests("fan").values()).as("a later tick sends nothing again").allMatch(n -> n == 1);
    }

    @Test
    void aRunThatStoppedHalfWayResumesWithoutSendingTwiceOrSkippingAnyone() {
        List<String> ids = subscribe("resume", 100);
        Instant slot = Instant.parse("2026-12-07T09:00:00Z");
        // the claims are timed by the real clock, the slots by the schedule
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        // what a run that died left behind: 30 delivered, 20 claimed and never finished
        for (int i = 0; i < 30; i++) {
            mongo.insert(new DeliveryRecord("digest:" + ids.get(i) + "@" + slot, "digest", ids.get(i), slot,
                    DeliveryRecord.Status.SENT, 1, null, longAgo, longAgo));
        }
        for (int i = 30; i < 50; i++) {
            mongo.insert(new DeliveryRecord("digest:" + ids.get(i) + "@" + slot, "digest", ids.get(i), slot,
                    DeliveryRecord.Status.PENDING, 0, null, longAgo, longAgo));
        }

        digests.runAt(MONDAY);

        Map<String, Long> delivered = deliveredDigests("resume");
        assertThat(delivered).hasSize(70).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(delivered.keySet()).doesNotContainAnyElementsOf(ids.subList(0, 30)).containsAll(ids.subList(30, 100));
        assertThat(records("resume", DeliveryRecord.Status.SENT)).isEqualTo(100);
    }

    @Test
    void twoRunsAtOnceSendEachDigestOnce() throws Exception {
        subscribe("twice", 200);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        Callable<Integer> run = () -> digests.runAt(MONDAY);
        runs.add(pool.submit(run));
        runs.add(pool.submit(run));
        int sent = runs.get(0).get() + runs.get(1).get();
        pool.shutdown();
        assertThat(deliveredDigests("twice")).hasSize(200).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(sent).as("the two runs together sent each digest once").isEqualTo(200);
    }

    @Test
    void aConversationTheBotWasRemovedFromIsMarkedAndNotRetried() {
        List<String> ids = subscribe("gone", 3);
        connector.gone.add(ids.get(1));
        try {
            digests.runAt(MONDAY);
            digests.runAt(MONDAY.plus(Duration.ofDays(7)));
        } finally {
            connector.gone.clear();
        }
        long attempts = connector.all().stream().filter(c -> c.path().contains(ids.get(1))).count();
        assertThat(attempts).as("one refused post, no retries, not tried the next week").isEqualTo(1);
        assertThat(digests.subscriptions()).extracting(s -> s.conversationId()).doesNotContain(ids.get(1)).contains(ids.get(0));
        assertThat(digests.deliveries(DeliveryRecord.Status.GONE, 10)).extracting(DeliveryRecord::target).contains(ids.get(1));
    }

    @Test
    void aLeadWithQuietActionsIsRemindedOnceBeforeTheDigest() {
        var wokingham = catalog.defaultStrategy();
        plan.assign(wokingham, "SP4", "Lee Lead", LEAD, true,
                new Change("assign-lee-sp4", "SP4", null, "Lee Lead made lead of SP4", "Ada Admin", ADMIN));
        subscribe("remind", 1);
        int mark = connector.mark();

        digests.runAt(MONDAY);
        digests.runAt(MONDAY.plusSeconds(120));

        List<Call> reminders = connector.all().subList(mark, connector.all().size()).stream()
                .filter(c -> c.status() == 200 && c.flatText().contains("Reminder: SP4")).toList();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).flatText()).contains("SP4.3").contains("Post update");
    }

    @Test
    void addingAndRemovingTheBotIsRememberedAndOnlyAdminsAndLeadsSubscribe() throws Exception {
        ObjectNode added = TeamsActivities.botAdded(connector.url(), CHANNEL);
        assertThat(post(added.toString())).isBetween(200, 202);

        ObjectNode staff = TeamsActivities.message(connector.url(), CHANNEL, "subscribe this channel to the weekly digest");
        assertThat(replyTo(staff)).contains("Only an administrator or a priority lead");
        ObjectNode admin = TeamsActivities.message(connector.url(), CHANNEL, "subscribe this channel to the weekly digest every Friday at 2pm");
        admin.with("from").put("aadObjectId", ADMIN);
        assertThat(replyTo(admin)).contains("every Friday at 14:00");
        assertThat(digests.subscriptions()).extracting(s -> s.conversationId()).contains("19:general@thread.tacv2");
        ObjectNode when = TeamsActivities.message(connector.url(), CHANNEL, "when is the next digest?");
        assertThat(replyTo(when)).contains("Friday");

        ObjectNode removed = TeamsActivities.base(connector.url(), CHANNEL, "conversationUpdate");
        removed.putArray("membersRemoved").addObject().put("id", TeamsActivities.BOT_ID);
        assertThat(post(removed.toString())).isBetween(200, 202);
        assertThat(digests.subscriptions()).extracting(s -> s.conversationId()).doesNotContain("19:general@thread.tacv2");
    }

    // --- helpers ---

    private List<String> subscribe(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "19:" + prefix + i + "@thread.tacv2";
            ids.add(id);
            String reference = "{\"bot\":{\"id\":\"28:strategy-bot\"},\"conversation\":{\"id\":\"" + id + "\",\"tenantId\":\""
                    + TeamsActivities.TENANT + "\",\"conversationType\":\"channel\"},\"channelId\":\"msteams\",\"serviceUrl\":\""
                    + connector.url() + "\"}";
            digests.subscribe(new Conversation(id, TeamsActivities.TENANT, "channel", prefix + i, reference), ADMIN_PERSON,
                    DayOfWeek.MONDAY, LocalTime.of(9, 0));
        }
        return ids;
    }

    /** Digests the connector accepted, by conversation. */
    private Map<String, Long> deliveredDigests(String prefix) {
        return connector.all().stream()
                .filter(c -> c.method().equals("POST") && c.status() == 200 && c.path().contains("19:" + prefix)
                        && c.flatText().contains("Weekly digest"))
                .peek(c -> assertThat(c.path()).as("a new post, not a reply").endsWith("/activities"))
                .collect(Collectors.groupingBy(c -> c.path().replaceAll(".*/conversations/([^/]+)/activities.*", "$1"),
                        Collectors.counting()));
    }

    private long refused(String prefix) {
        return connector.all().stream().filter(c -> c.status() >= 400 && c.path().contains("19:" + prefix)).count();
    }

    private long records(String prefix, DeliveryRecord.Status status) {
        return digests.deliveries(status, 10_000).stream().filter(d -> d.target().startsWith("19:" + prefix)).count();
    }

    private String replyTo(ObjectNode activity) throws Exception {
        int mark = connector.mark();
        assertThat(post(activity.toString())).isBetween(200, 202);
        return connector.awaitSince(mark, 1, Duration.ofSeconds(10)).stream().filter(c -> c.method().equals("POST"))
                .map(Call::flatText).findFirst().orElse("");
    }

    private int post(String body) throws Exception {
        return teams.postActivity(body).statusCode();
    }
}

package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;
import static org.strategybot.bot.TeamsChat.ADMIN;
import static org.strategybot.bot.TeamsChat.STAFF;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.strategybot.access.Person;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.digest.Digests;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a team channel or group chat is told, through the real endpoint with the default settings: no one's name, no
 * note, no reason marked sensitive, and where to ask for them; a 1:1 chat is told everything. The digest goes out as
 * a channel sees it wherever it is posted; the committee report and readers of the REST API other than
 * administrators never get what a lead marked sensitive.
 */
@EndpointTest
class ChannelDisclosureTest {

    static final String ORDINARY = "clinics now run every week";
    static final String SENSITIVE = "two auditors are off with long-term sickness";
    static final String SENSITIVE_REASON = "the deputy lead is on sick leave";
    /** The sample plan's lead of SP2 and owner of SP2.3, and the author of every update posted here. */
    static final List<String> NAMES = List.of("Assistant Director, Quality Assurance and Safeguarding",
            "Head of Quality Assurance", "Ada Admin");
    static final Instant MONDAY = Instant.parse("2026-12-07T09:01:00Z");
    private static boolean posted;

    @Autowired
    Digests digests;
    @Autowired
    org.springframework.data.mongodb.core.MongoOperations mongo;

    FakeConnector connector;
    TeamsChat chat;

    /** An ordinary note on SP2.1, a note marked sensitive on SP2.3 and a RAG set over SP4's with a sensitive reason. */
    @BeforeEach
    void posted() throws Exception {
        if (posted) {
            return;
        }
        chat.post(ADMIN, "SP2.1 at 75% - " + ORDINARY);
        JsonNode card = chat.propose(ADMIN, "SP2.3 is red - recovery plan agreed");
        assertThat(FakeConnector.flatten(card)).as("the card offers the choice").contains("Sensitive: show this note only in 1:1 chats");
        assertThat(FakeConnector.flatten(chat.execute(ADMIN, card, UpdateCards.CONFIRM,
                "{\"note\":\"" + SENSITIVE + "\",\"sensitive\":\"true\"}"))).contains("Saved: SP2.3");
        JsonNode override = chat.propose(ADMIN, "set SP4 to amber");
        JsonNode refused = chat.execute(ADMIN, override, UpdateCards.CONFIRM, "{\"note\":\"\",\"sensitive\":\"true\"}");
        assertThat(FakeConnector.flatten(refused)).contains("needs a reason");
        assertThat(refused.findParents("id").stream().filter(n -> n.path("id").asText().equals(UpdateCards.SENSITIVE))
                .findFirst().orElseThrow().path("value").asText()).as("the choice survives a refusal").isEqualTo("true");
        assertThat(mongo.getCollection("proposals").find(new org.bson.Document("sensitive", new org.bson.Document("$exists", true)))
                .first()).as("the choice is saved with the update, not the card").isNull();
        assertThat(FakeConnector.flatten(chat.execute(ADMIN, override, UpdateCards.CONFIRM,
                "{\"note\":\"" + SENSITIVE_REASON + "\",\"sensitive\":\"true\"}"))).contains("Saved: SP4");
        posted = true;
    }

    @ParameterizedTest
    @EnumSource(value = Conversation.class, names = {"CHANNEL", "GROUP"})
    void aSharedConversationHearsTheStatusWithoutNamesOrNotesAndWhereToAskForThem(Conversation shared) throws Exception {
        for (String question : List.of("what's SP2's status?", "what's SP4's status?", "what changed this week?",
                "who leads SP2?", "what's the status of SP2.3?", "which actions are red?", "anything overdue?",
                "what actions sit under SP2?", "show SP2.3's update history", "who owns SP2.3?", "when was SP2.3 last updated?",
                "why is SP2.3 red?", "why is SP4 amber?", "SP2 update: the audit backlog has halved. Status amber")) {
            String answer = chat.ask(STAFF, shared, question);
            assertThat(answer).as(question).doesNotContain(ORDINARY).doesNotContain(SENSITIVE).doesNotContain(SENSITIVE_REASON)
                    .doesNotContain("sickness");
            NAMES.forEach(name -> assertThat(answer).as(question).doesNotContain(name));
            assertThat(answer).as(question).contains("ask me in a 1:1 chat");
        }
        assertThat(chat.ask(STAFF, shared, "what's SP4's status?")).as("both RAGs are no secret")
                .contains("Amber — set by the lead").contains("(calculated: Green)");
    }

    @Test
    void aOneToOneChatHearsItAllWithTheSensitiveMarked() throws Exception {
        assertThat(chat.ask(STAFF, "what's SP2's status?")).contains(SENSITIVE + " (marked sensitive)")
                .contains("Ada Admin").contains("Assistant Director, Quality Assurance and Safeguarding");
        assertThat(chat.ask(STAFF, "what's SP4's status?")).contains(SENSITIVE_REASON);
        assertThat(chat.ask(STAFF, "what changed this week?")).contains(ORDINARY).contains(SENSITIVE);
        assertThat(chat.ask(STAFF, "who leads SP2?")).contains("Assistant Director, Quality Assurance and Safeguarding");
        assertThat(chat.ask(STAFF, "when was SP2.3 last updated?")).contains(SENSITIVE + " (marked sensitive)").contains("Ada Admin");
        assertThat(chat.ask(STAFF, "why is SP4 amber?")).contains(SENSITIVE_REASON);
        assertThat(chat.ask(STAFF, "SP2 update: the audit backlog has halved. Status amber")).as("who to ask instead")
                .contains("Not allowed").contains("Assistant Director, Quality Assurance and Safeguarding");
    }

    @Test
    void theDigestGoesOutAsAChannelSeesItWhereverItIsPosted() throws Exception {
        String channelReference = "{\"bot\":{\"id\":\"28:strategy-bot\"},\"conversation\":{\"id\":\"19:digest@thread.tacv2\","
                + "\"tenantId\":\"" + TeamsActivities.TENANT + "\",\"conversationType\":\"channel\"},\"channelId\":\"msteams\","
                + "\"serviceUrl\":\"" + connector.url() + "\"}";
        digests.subscribe(new org.strategybot.digest.Conversation("19:digest@thread.tacv2", TeamsActivities.TENANT, "channel",
                "Digest", channelReference), new Person(ADMIN, "Ada Admin"), DayOfWeek.MONDAY, LocalTime.of(9, 0));
        int mark = connector.mark();

        digests.runAt(MONDAY);

        List<Call> sent = new ArrayList<>(connector.awaitSince(mark, 1, Duration.ofSeconds(10)));
        sent.removeIf(c -> !c.path().contains("19:digest@thread.tacv2") || !c.flatText().contains("Weekly digest"));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).flatText()).contains("SP2.3").contains("ask me in a 1:1 chat");
        // the card only: a reply's activity names the person it answers
        for (String digest : List.of(sent.get(0).flatText(), FakeConnector.flatten(TeamsChat.cardOf(chat.say(ADMIN, PERSONAL,
                "preview the weekly digest"))), FakeConnector.flatten(TeamsChat.cardOf(chat.say(ADMIN, CHANNEL, "send the digest now"))))) {
            assertThat(digest).contains("Weekly digest").doesNotContain(ORDINARY).doesNotContain(SENSITIVE)
                    .doesNotContain(SENSITIVE_REASON);
            NAMES.forEach(name -> assertThat(digest).doesNotContain(name));
        }
    }

    @Test
    void whatALeadMarkedSensitiveStaysOutOfTheCommitteeReportTheDashboardAndReadersWhoAreNotAdministrators()
            throws Exception {
        String report = chat.getText("/api/reports/committee.md", TestStore.API_KEY);
        assertThat(report).as("a public paper: ordinary notes yes, sensitive ones no").contains(ORDINARY)
                .doesNotContain(SENSITIVE).doesNotContain(SENSITIVE_REASON)
                .contains("Note marked sensitive by the lead, so not given in this public paper")
                .contains("Set by the lead: marked sensitive by the lead, so not given in this public paper (calculated: Green)");
        assertThat(chat.getText("/api/reports/committee.html", TestStore.ADMIN_KEY)).as("not even for an administrator")
                .doesNotContain(SENSITIVE).doesNotContain(SENSITIVE_REASON);

        String dashboard = chat.get("/api/dashboard").toString();
        assertThat(dashboard).doesNotContain(SENSITIVE).doesNotContain(SENSITIVE_REASON).contains("marked sensitive by the lead");
        for (String path : List.of("/api/updates?target=SP2.3", "/api/priorities", "/api/priorities/SP4", "/api/updates",
                "/api/export/actions.csv")) {
            assertThat(chat.getText(path, TestStore.API_KEY)).as(path).doesNotContain(SENSITIVE).doesNotContain(SENSITIVE_REASON);
        }
        JsonNode entry = chat.get("/api/updates?target=SP2.3").get(0);
        assertThat(entry.path("sensitive").asBoolean()).isTrue();
        assertThat(entry.path("note").isNull()).isTrue();

        assertThat(chat.getText("/api/updates?target=SP2.3", TestStore.ADMIN_KEY)).as("the audit trail is the administrators'")
                .contains(SENSITIVE);
        assertThat(chat.getText("/api/priorities/SP4", TestStore.ADMIN_KEY)).contains(SENSITIVE_REASON);
    }
}

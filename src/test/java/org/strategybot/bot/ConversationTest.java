package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A conversation as people hold it in Teams, through the real endpoint and store: follow-ups lean on what the
 * conversation (each thread, in a channel) was last about; terms, limits and the unknown path; nothing anyone
 * wrote is kept.
 */
@EndpointTest
// kept in the store, as with a MongoDB and several instances, so that what is kept there can be read back; the
// other endpoint tests keep conversations in memory, the embedded store's default
@TestPropertySource(properties = "strategy-bot.conversation.shared=true")
class ConversationTest {

    static final String ADMIN = EndpointTest.ADMIN;

    @Autowired
    MongoOperations mongo;

    FakeConnector connector;
    TeamsChat teams;
    Rest rest;

    @Test
    void aChatFollowsItsConversation() throws Exception {
        String chat = "a:personal-" + UUID.randomUUID();
        List<String[]> steps = List.of(
                new String[] {"how is SP3 doing?", "SP3 status:"},
                new String[] {"who leads it?", "SP3 (Develop effective strategies", "is led by"},
                new String[] {"and SP2?", "SP2 status:"},
                new String[] {"which actions sit under it?", "Actions under SP2", "SP2.1", "SP2.4"},
                new String[] {"which of those are red?", "Red: priorities and actions", "SP2.3"},
                new String[] {"who owns the first one?", "Who owns SP2.3", "Head of Quality Assurance"},
                new String[] {"list our values", "We aim high."},
                new String[] {"what does the second one mean?", "high aspirations for every child"});
        for (String[] step : steps) {
            String reply = say(PERSONAL, chat, step[0]);
            for (int i = 1; i < step.length; i++) {
                assertThat(reply).as(step[0]).contains(step[i]);
            }
        }
    }

    @Test
    void eachThreadOfAChannelIsAConversationOfItsOwn() throws Exception {
        String threadA = "19:general@thread.tacv2;messageid=" + System.nanoTime();
        String threadB = "19:general@thread.tacv2;messageid=" + (System.nanoTime() + 1);
        assertThat(say(CHANNEL, threadA, "what's SP5's status?")).contains("SP5 status:");

        assertThat(say(CHANNEL, threadB, "who leads it?")).doesNotContain("SP5");
        assertThat(say(CHANNEL, threadA, "who leads it?")).contains("SP5").contains("is led by");
    }

    @Test
    void nothingAnyoneWroteIsKept() throws Exception {
        String chat = "a:personal-" + UUID.randomUUID();
        for (String question : List.of("what is the zebracorn programme?", "how is SP4 doing, zebracorn?",
                "who leads it? asking for zebracorn", "and SP1, zebracorn?", "zebracorn zebracorn")) {
            say(PERSONAL, chat, question);
        }

        for (String collection : mongo.getCollectionNames()) {
            for (Document d : mongo.getCollection(collection).find()) {
                assertThat(d.toJson()).as(collection).doesNotContainIgnoringCase("zebracorn").doesNotContain(chat);
            }
        }
        // what a conversation keeps: references to items and the kind of question, under a hashed id
        for (Document d : mongo.getCollection("conversations").find()) {
            assertThat(d.keySet()).containsExactlyInAnyOrder("_id", "_class", "strategyId", "intent", "about", "shown", "at", "expiresAt");
            for (String ref : concat(d.getList("about", String.class), d.getList("shown", String.class))) {
                assertThat(ref).matches("(PRIORITY|ACTION|VALUE|PRINCIPLE|BUSINESS_AREA|GOVERNANCE_BODY|COHORT|RAG|TOPIC):.+");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            what does NEET stand for?                     | NEET: not in education, employment or training;Our Focus
            what is the Education Partnership?            | bringing together education providers;In the action plan: SP5.1
            what's the Children and Young People's Partnership? | Children and Young People’s Partnership;partnership opportunities
            who is the director?                          | Helen Watson;7 September 2022;Carol Cammiss;date not given
            what is extra-familial harm?                  | where the documents mention it;extra familial harm;In the action plan: SP3.3
            how many children are in care?                | No figures in the strategy;Are in our care or leaving care
            what's our NEET rate?                         | No figures in the strategy;(NEET)
            delete SP4.3                                  | Not done in chat;administrator
            can you rename SP5?                           | Not done in chat;administrator
            """)
    void termsAndLimitsAreAnsweredFromWhatTheStrategyHolds(String question, String expected) throws Exception {
        String reply = say(PERSONAL, "a:personal-" + UUID.randomUUID(), question);
        for (String part : expected.split(";")) {
            assertThat(reply).as(question).contains(part);
        }
        assertThat(reply).as(question).doesNotContain("That sits under").doesNotContain("Yes. The strategy focuses");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            which priority covers SEND?                   | That sits under SP3;SP3.1 Deliver the SEND Innovation and Improvement Programme
            what priority deals with exploitation?        | That sits under SP3;SP3.4
            which priority covers knife crime?            | No priority names that;what does the strategy say about knife crime?
            which priority is about care leavers?         | That sits under SP5;SP5.2
            what priority deals with children in care?    | That sits under SP5;SP5.2
            which of the priorities covers looked after children? | That sits under SP5;SP5.2
            which priority covers children with SEND?     | That sits under SP3;SP3.1
            what priority is about care experienced young people? | That sits under SP5;SP5.2
            """)
    void whichPriorityIsAnsweredFromThePrioritiesAndThePlan(String question, String expected) throws Exception {
        String reply = say(PERSONAL, "a:personal-" + UUID.randomUUID(), question);
        for (String part : expected.split(";")) {
            assertThat(reply).as(question).contains(part);
        }
        assertThat(reply).as(question).doesNotContain("Yes. The strategy focuses");
    }

    @Test
    void aVagueDueDateIsAskedAboutOnTheCardAndTheRestOfTheUpdateKept() throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), PERSONAL, "SP1.2 amber - delayed until Easter, waiting on partners");
        message.with("from").put("aadObjectId", ADMIN).put("name", "Ada Admin");
        JsonNode card = ask(message).body().path("attachments").path(0).path("content");

        assertThat(card.toString()).contains("Which date is “delayed until easter”?").contains("Proposed: Amber")
                .contains("confirmUpdate");
    }

    @Test
    void anImpossibleDigestTimeIsRefusedWithTheValidForms() throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), CHANNEL, "subscribe this channel to the digest every Sunday at 25:00");
        message.with("from").put("aadObjectId", ADMIN).put("name", "Ada Admin");
        assertThat(ask(message).flatText()).contains("“25:00” isn't a time of day").contains("00:00 to 23:59");
        assertThat(mongo.getCollection("subscriptions").countDocuments()).isZero();
    }

    @Test
    void whatIsNotUnderstoodIsCountedWithoutItsText() throws Exception {
        double before = unknownAnswers();
        String reply = say(PERSONAL, "a:personal-" + UUID.randomUUID(), "qwertyuiop asdfghjkl");

        assertThat(reply).contains("I'm not sure I understood that.");
        assertThat(unknownAnswers()).isEqualTo(before + 1);
        assertThat(get("/actuator/prometheus")).doesNotContain("qwertyuiop");
    }

    @Test
    void theSampleDataNoticeIsOneLineWithItsDetailsBehindAButton() throws Exception {
        JsonNode card = ask(TeamsActivities.message(connector.url(), PERSONAL, "what's SP4's status?")).body()
                .path("attachments").path(0).path("content");

        List<String> lines = card.path("body").findValuesAsText("text");
        assertThat(lines).filteredOn(t -> t.contains("Sample data")).hasSize(1).allMatch(t -> t.length() < 100);
        JsonNode details = card.path("actions").path(0);
        assertThat(details.path("type").asText()).isEqualTo("Action.ShowCard");
        assertThat(details.path("card").toString()).contains("not Wokingham Borough Council's real action plan");
    }

    private double unknownAnswers() throws Exception {
        Matcher m = Pattern.compile("strategybot_answers_total\\{[^}]*intent=\"unknown\"[^}]*\\} ([0-9.E]+)").matcher(get("/actuator/prometheus"));
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private String say(Conversation kind, String conversationId, String text) throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), kind, text);
        activity.with("conversation").put("id", conversationId);
        return ask(activity).flatText();
    }

    private Call ask(ObjectNode activity) throws Exception {
        return teams.reply(activity);
    }

    private String get(String path) throws Exception {
        return rest.get(path, TestStore.API_KEY).body();
    }
}

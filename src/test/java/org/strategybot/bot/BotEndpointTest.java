package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsActivities.Conversation.GROUP;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.strategybot.system.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/** What a member of staff sees, through the real endpoint, store and cache, with a fake Bot Connector. */
@EndpointTest
class BotEndpointTest {

    static final String OTHER_TENANT = EndpointTest.OTHER_TENANT;

    FakeConnector connector;
    TeamsChat chat;
    Rest rest;

    @ParameterizedTest(name = "\"{0}\" is answered with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What is our vision?                                         | safe and cared for;happy, hopeful and loved;2. Our Vision and Mission
            whats our vison                                             | enjoy and achieve
            what are our values                                         | We focus on making a difference.;We aim high.;We value our people.
            what does 'we aim high' mean?                               | high aspirations for every child
            list the strategic priorities                               | SP1;SP2;SP3;SP4;SP5
            what is SP3?                                                | effective strategies
            tell me about priority four                                 | high-performing children’s workforce
            which priority is about the workforce?                      | SP4
            what is the mission of quality assurance and safeguarding?  | culture of challenge
            what are the business areas                                 | Social Care and Early Help;Strategic and Operational Delivery
            what principles shaped the strategy?                        | Strengthening Inclusion;Sufficiency;Table 1
            what does strengthening inclusion mean                      | narrowing the gap
            which children and young people does the strategy focus on? | SEND;NEET;Go missing and/or run away
            are young carers a focus?                                   | Yes;Have caring responsibilities
            is the strategy focused on gifted children?                 | can't find;gifted
            who oversees delivery of the strategy?                      | Getting to Good Board;Strategic Priority Leads
            what have we delivered so far?                              | Emotional Wellbeing Hub;ASYE
            what legislation does the strategy rest on?                 | Children and Social Work Act 2017;Human Rights Act 1998
            what period does the strategy cover?                        | 2021-2024
            what is SP9?                                                | There is no SP9;SP1, SP2, SP3, SP4, SP5
            what's SP4's status?                                        | SP4 status:;Lead;Latest update;sample data
            how is the workforce priority going?                        | SP4 status:
            is SP1 on track?                                            | SP1 status:
            RAG for SP2                                                 | SP2 status:;Change since
            overview of all priorities                                  | SP1;SP2;SP3;SP4;SP5;% complete
            which actions are red?                                      | Red: priorities and actions;SP2.3
            anything overdue?                                           | Overdue actions;SP3.3
            stale actions                                               | no update for 28 days
            what actions sit under SP4?                                 | SP4.1;SP4.2;SP4.3
            who leads SP2?                                              | SP2;is led by
            what changed this week?                                     | What changed since;(was
            send me the committee report                                | Committee report;https://strategy.example.gov.uk/dashboard/#report;Action.OpenUrl;Sample data
            what's the status of SP3.3?                                 | SP3.3 status:;overdue
            what's the status of SP3.9?                                 | There is no action SP3.9
            my actions                                                  | You don't lead a priority or own an action
            hello                                                       | What is our vision?
            thanks!                                                     | You're welcome
            help                                                        | What is our vision?;What are our values?;List the strategic priorities
            what can you do?                                            | @mention me
            what's the weather in Reading?                              | found nothing on “weather in Reading”;What is our vision?
            what does the strategy say about exploitation?              | What the strategy documents say;child sexual exploitation;Overview and Scrutiny Committee minutes
            anything on climate change?                                 | Public Sector Equality Duty;“Climate Emergency – This Council has declared a climate emergency
            how do we hear the voice of the child?                      | voice of the child
            what about children missing education?                      | Our Focus;Go missing and/or run away
            what does the strategy say about potholes?                  | Not in the strategy documents;found nothing on “potholes”;What is our vision?
            """)
    void answersQuestionsAboutTheStrategyWithACardAndASummary(String question, String expected) throws Exception {
        Call reply = chat.reply(TeamsActivities.message(connector.url(), PERSONAL, question));

        String everything = reply.flatText();
        for (String part : expected.split(";")) {
            assertThat(everything).as(question).contains(part);
        }
        assertThat(everything).doesNotContain("Exception");
        JsonNode card = reply.body().path("attachments").path(0);
        assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.path("content").path("version").asText()).isEqualTo("1.5");
        // shown once: the card alone, its plain-text summary only where notifications and card-less clients read it
        assertThat(reply.body().path("text").asText()).isEmpty();
        assertThat(reply.body().path("summary").asText()).isNotBlank();
        assertThat(card.path("content").path("fallbackText").asText()).isEqualTo(reply.body().path("summary").asText());
    }

    @ParameterizedTest
    @EnumSource(Conversation.class)
    void answersInEveryKindOfConversationAndRepliesToTheMessage(Conversation kind) throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), kind, "what's our vision?");
        Call reply = chat.reply(activity);

        String conversation = activity.path("conversation").path("id").asText();
        assertThat(reply.method()).isEqualTo("POST");
        assertThat(URLDecoder.decode(reply.path(), StandardCharsets.UTF_8))
                .isEqualTo("/v3/conversations/" + conversation + "/activities/" + activity.path("id").asText());
        assertThat(reply.body().path("replyToId").asText()).isEqualTo(activity.path("id").asText());
        assertThat(reply.flatText()).contains("happy, hopeful and loved").doesNotContain("<at>");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"SP1", "SP2", "SP3", "SP4", "SP5"})
    void statusInChatAgreesWithTheRestApi(String code) throws Exception {
        String rag = Serialization.jsonToTree(get("/api/priorities/" + code)).path("rag").asText();
        String label = rag.charAt(0) + rag.substring(1).toLowerCase();

        String inChat = chat.reply(TeamsActivities.message(connector.url(), CHANNEL, "what's " + code + "'s status?")).flatText();

        assertThat(inChat).contains(code + " status: " + label);
    }

    @Test
    void operationsSeeLatencyAnswersByIntentCacheHitsAndProbes() throws Exception {
        chat.reply(TeamsActivities.message(connector.url(), PERSONAL, "what is our vision?"));
        chat.reply(TeamsActivities.message(connector.url(), PERSONAL, "what's SP1's status?"));
        chat.reply(TeamsActivities.message(connector.url(), PERSONAL, "what's SP1's status?"));

        String metrics = get("/actuator/prometheus");
        assertThat(metrics).contains("strategybot_answers_total{intent=\"vision\"")
                .contains("strategybot_answers_total{intent=\"status\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/messages\"")
                .containsPattern("cache_gets_total\\{[^}]*cache=\"status\"[^}]*result=\"hit\"");
        assertThat(get("/actuator/health/liveness")).contains("UP");
        assertThat(get("/actuator/health/readiness")).contains("UP");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = rest.get(path, TestStore.API_KEY);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void sourceIsNamedWithTheSectionTheWordingComesFrom() throws Exception {
        Call reply = chat.reply(TeamsActivities.message(connector.url(), GROUP, "what are our values?"));
        assertThat(reply.flatText()).contains("Source: Children's Services Strategy 2021-2024, Strategy, Vision, Mission and Values (3. Our Values)");
    }

    @Test
    void expectRepliesDeliveryReturnsTheAnswerInTheResponse() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "what is SP2?");
        activity.put("deliveryMode", "expectReplies");
        int mark = connector.mark();

        HttpResponse<String> response = chat.postActivity(activity.toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Serialization.jsonToTree(response.body());
        assertThat(FakeConnector.flatten(body.path("activities"))).contains("Excel in our practice");
        assertThat(connector.awaitSince(mark, 1, Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void cardButtonPressedOutsideTeamsAsksItsQuestion() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "ignored");
        activity.remove("text");
        activity.putObject("value").put("ask", "What have we delivered so far?");
        assertThat(chat.reply(activity).flatText()).contains("Serious Violence and Exploitation Board");
    }

    @Test
    void messageWithNothingToReadGetsHelp() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "");
        assertThat(chat.reply(activity).flatText()).contains("I answer questions about");
    }

    @ParameterizedTest
    @EnumSource(Conversation.class)
    void saysHelloWhenAddedToAConversation(Conversation kind) throws Exception {
        Call reply = chat.reply(TeamsActivities.botAdded(connector.url(), kind));
        assertThat(reply.flatText()).contains("Hello! I'm strategy-bot").contains("What is our vision?");
    }

    @Test
    void saysNothingWhenSomeoneElseJoins() throws Exception {
        ObjectNode activity = TeamsActivities.botAdded(connector.url(), CHANNEL);
        ((ObjectNode) activity.path("membersAdded").path(0)).put("id", "29:new-colleague");
        int mark = connector.mark();
        assertThat(chat.postActivity(activity.toString()).statusCode()).isBetween(200, 202);
        assertThat(connector.awaitSince(mark, 1, Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void eachTenantSeesItsOwnStrategy() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "what is our vision?");
        activity.with("conversation").put("tenantId", OTHER_TENANT);
        activity.with("channelData").with("tenant").put("id", OTHER_TENANT);
        String text = chat.reply(activity).flatText();
        assertThat(text).contains("wonderful place for all children and young people to grow up")
                .doesNotContain("Wokingham");
    }

    @Test
    void aStrategyWithoutABlockSaysSoInsteadOfGuessing() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "what are the strategic priorities?");
        activity.with("conversation").put("tenantId", OTHER_TENANT);
        assertThat(chat.reply(activity).flatText()).contains("does not set out strategic priorities");
    }

    @Test
    void emulatorMessagesWithoutARecipientRoleAreAnswered() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "what is our vision?");
        activity.put("channelId", "emulator");
        assertThat(chat.reply(activity).flatText()).contains("safe and cared for");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not JSON                        | this is not json                                       | 400
            truncated JSON                  | {"type": "message", "text": "hi"                       | 400
            a JSON array                    | []                                                     | 400
            a JSON number                   | 42                                                     | 400
            an empty object                 | {}                                                     | 400
            no conversation                 | {"type":"message","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","text":"hi"} | 400
            no service URL                  | {"type":"message","channelId":"msteams","conversation":{"id":"a:1"},"text":"hi"} | 400
            a service URL that is a file    | {"type":"message","channelId":"msteams","serviceUrl":"file:///etc/passwd","conversation":{"id":"a:1"},"text":"hi"} | 400
            text of the wrong type          | {"type":"message","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"a:1"},"text":{"$gt":""}} | 400
            conversation of the wrong type  | {"type":"message","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":"a:1","text":"hi"} | 400
            replies expected, no service URL | {"type":"message","channelId":"msteams","deliveryMode":"expectReplies","conversation":{"id":"a:1"},"text":"hi"} | 400
            a member list with a hole       | {"type":"conversationUpdate","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"a:1"},"recipient":{"id":"b"},"membersAdded":[null]} | 400
            mentions that are not objects   | {"type":"message","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"a:1"},"text":"hi","entities":[7]} | 400
            a locale that is not a language | {"type":"message","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"a:1"},"text":"hi","locale":"xx_not a tag!"} | 400
            """)
    void malformedActivitiesGetAClearClientErrorAndNoReply(String what, String body, int status) throws Exception {
        int mark = connector.mark();
        HttpResponse<String> response = chat.postActivity(body);

        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.body()).startsWith("{\"error\":").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(connector.awaitSince(mark, 1, Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void aFiveThousandCharacterLocaleIsAClientError() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "what is our vision?");
        activity.put("locale", "x".repeat(5_000));
        HttpResponse<String> response = chat.postActivity(activity.toString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("locale").doesNotContain("Exception").doesNotContain("xxxxxxxx");
    }

    @Test
    void aBotConnectorThatRefusesTheReplyIsABadGatewayNotAStackTrace() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "what is our vision?");
        connector.gone.add(activity.path("conversation").path("id").asText());
        HttpResponse<String> response = chat.postActivity(activity.toString());
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("Bot Connector").doesNotContain("Exception").doesNotContain("403");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"GET", "POST"})
    void theErrorPathAskedForDirectlyIsNotFoundAndSaysNothingInternal(String method) throws Exception {
        HttpResponse<String> response = rest.send(method, "/error", null, null, null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not Found").doesNotContain("999").doesNotContain("Exception");
    }

    /**
     * Patterns over the text used to run before the text was cut: 16,000 mention tags took 47 s, a quarter of a
     * megabyte of "<a" kept a thread busy for minutes. The text is now cut at the endpoint and the patterns are
     * linear, so each is answered like any other message (the HTTP client gives up after 20 s).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<at>", "<a", "<at>x", "a."})
    void hostileMarkupIsAnsweredLikeAnyOtherMessage(String unit) throws Exception {
        String text = unit.repeat(240_000 / unit.length());
        String reply = chat.reply(TeamsActivities.message(connector.url(), PERSONAL, text)).flatText();
        assertThat(reply).doesNotContain("Exception").isNotBlank();
    }

    /** Mentions are looked up over the connector only to make someone a lead, never for a question. */
    @Test
    void mentionsInAQuestionCostNoLookUps() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), CHANNEL, "what is our vision?");
        com.fasterxml.jackson.databind.node.ArrayNode entities = (com.fasterxml.jackson.databind.node.ArrayNode) activity.get("entities");
        StringBuilder text = new StringBuilder(activity.get("text").asText());
        for (int i = 0; i < 300; i++) {
            entities.addObject().put("type", "mention").put("text", "<at>P" + i + "</at>")
                    .putObject("mentioned").put("id", "29:person-" + i).put("name", "P" + i);
            text.append(" <at>P").append(i).append("</at>");
        }
        activity.put("text", text.toString());
        int mark = connector.mark();
        assertThat(chat.reply(activity).flatText()).contains("safe and cared for");
        assertThat(connector.awaitSince(mark, 2, Duration.ofMillis(300))).noneMatch(c -> c.path().contains("/members/"));
    }

    @Test
    void anOversizedActivityIsRefusedBeforeItIsRead() throws Exception {
        ObjectNode activity = TeamsActivities.message(connector.url(), PERSONAL, "x".repeat(1_000_000));
        HttpResponse<String> response = chat.postActivity(activity.toString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than");
    }

    @Test
    void anUnknownActivityTypeIsAcceptedAndIgnored() throws Exception {
        int mark = connector.mark();
        HttpResponse<String> response = chat.postActivity(TeamsActivities.base(connector.url(), PERSONAL, "somethingNew").toString());
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(connector.awaitSince(mark, 1, Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void anInvokeTheBotDoesNotHandleIsAnsweredNotImplementedAsTheProtocolSays() throws Exception {
        ObjectNode invoke = TeamsActivities.base(connector.url(), PERSONAL, "invoke");
        // the message extension has a search command only, no action command that would fetch a task module
        invoke.put("name", "composeExtension/fetchTask");
        HttpResponse<String> response = chat.postActivity(invoke.toString());
        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void anUnreachableBotConnectorIsABadGatewayNotAStackTrace() throws Exception {
        ObjectNode activity = TeamsActivities.message("http://127.0.0.1:9/", PERSONAL, "what is our vision?");
        HttpResponse<String> response = chat.postActivity(activity.toString());
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("could not deliver").doesNotContain("Exception");
    }

    @Test
    void deeplyNestedDataIsRefusedBeforeItIsProcessed() throws Exception {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        String body = TeamsActivities.message(connector.url(), PERSONAL, "hi").put("value", "X").toString()
                .replace("\"X\"", nested);
        HttpResponse<String> response = chat.postActivity(body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "what is our vision?\u0000\u0007\u001b[31m", "\u202ewhat is our vision?\u202c", "what is our vision? \uD83D\uDE00\u200b\u00a0",
            "ｗｈａｔ ｉｓ ｏｕｒ ｖｉｓｉｏｎ", "what is our vision {\"$gt\": \"\"}"})
    void controlCharactersAndUnusualUnicodeGetAPoliteAnswer(String text) throws Exception {
        String reply = chat.reply(TeamsActivities.message(connector.url(), PERSONAL, text)).flatText();
        assertThat(reply).contains("safe and cared for").doesNotContain("Exception");
    }

    @Test
    void anHostileLongQuestionIsAnsweredPolitely() throws Exception {
        String text = "{\"$where\": \"sleep(1000)\"} <script>alert(1)</script> " + "what is our vision ".repeat(2_000);
        String reply = chat.reply(TeamsActivities.message(connector.url(), PERSONAL, text)).flatText();
        assertThat(reply).contains("safe and cared for").doesNotContain("<script>");
    }
}

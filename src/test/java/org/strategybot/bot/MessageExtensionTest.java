package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;
import static org.strategybot.bot.TeamsChat.ADMIN;
import static org.strategybot.bot.TeamsChat.STAFF;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.strategybot.access.Person;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.digest.Digests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/**
 * The search message extension, link unfurling and status cards that stay current, through {@code POST /api/messages}
 * with the invoke activities Teams sends: {@code composeExtension/query}, {@code composeExtension/selectItem},
 * {@code composeExtension/queryLink} and {@code adaptiveCard/action} with the refresh verb.
 */
@EndpointTest
class MessageExtensionTest {

    /** A tenant mapped to another directorate's strategy, which has no action plan. */
    static final String OTHER_TENANT = EndpointTest.OTHER_TENANT;
    static final String HOST = EndpointTest.PUBLIC_HOST;
    /** The sample plan's lead of SP2: a name a channel is not shown. */
    static final String SP2_LEAD = "Assistant Director, Quality Assurance and Safeguarding";

    @Autowired
    Digests digests;

    FakeConnector connector;
    TeamsChat chat;

    @ParameterizedTest
    @CsvSource({
            "SP4, SP4, SP4.1",
            "sp 4, SP4, SP4.1",
            "workforce, SP4, SP4.1",
            "ASYE, SP4, SP4.1",
            "workforse, SP4, SP4.1",
            "SP2.3, SP2.3, SP2",
            "serious youth violence, SP3.3, SP3.4"})
    void typingACodeATopicOrTitleWordsListsTheMatchingItemsWithTheirRag(String typed, String first, String second)
            throws Exception {
        List<JsonNode> items = results(query(typed, 0, 25, TeamsActivities.TENANT));

        assertThat(codes(items)).as(typed).startsWith(first, second);
        JsonNode line = items.get(0).path("preview").path("content");
        assertThat(line.path("title").asText()).as("code, RAG in colour and in words").matches(first + " · (🔴 Red|🟠 Amber|🟢 Green|✅ Complete|⚪ Not rated)");
        assertThat(line.path("text").asText()).contains("% complete");
        assertThat(line.path("tap").path("type").asText()).isEqualTo("invoke");
        assertThat(line.path("tap").path("value").path("code").asText()).isEqualTo(first);
    }

    @Test
    void resultsComeAPageAtATimeAsTeamsAsksForThem() throws Exception {
        List<String> all = codes(results(query("SP4", 0, 25, TeamsActivities.TENANT)));
        assertThat(all).containsExactly("SP4", "SP4.1", "SP4.2", "SP4.3");

        List<String> paged = new ArrayList<>(codes(results(query("SP4", 0, 3, TeamsActivities.TENANT))));
        assertThat(paged).hasSize(3);
        paged.addAll(codes(results(query("SP4", 3, 3, TeamsActivities.TENANT))));
        assertThat(paged).isEqualTo(all);
        assertThat(results(query("SP4", 30, 3, TeamsActivities.TENANT))).isEmpty();
    }

    @Test
    void aSearchThatMatchesNothingIsAnEmptyListAndOpeningTheSearchListsEveryPriority() throws Exception {
        JsonNode none = query("potholes", 0, 25, TeamsActivities.TENANT);
        assertThat(none.path("composeExtension").path("type").asText()).isEqualTo("result");
        assertThat(results(none)).isEmpty();
        assertThat(results(query("SP9", 0, 25, TeamsActivities.TENANT))).isEmpty();

        ObjectNode opening = Serialization.createObjectNode().put("commandId", MessageExtension.COMMAND);
        opening.putArray("parameters").addObject().put("name", "initialRun").put("value", "true");
        assertThat(codes(results(invoke("composeExtension/query", opening, TeamsActivities.TENANT, PERSONAL))))
                .containsExactly("SP1", "SP2", "SP3", "SP4", "SP5");
        assertThat(codes(results(invoke("composeExtension/query", Serialization.createObjectNode(), TeamsActivities.TENANT,
                PERSONAL)))).as("a query with nothing in it is a search not yet typed").hasSize(5);
    }

    @Test
    void anotherTenantFindsNothingOfThisPlan() throws Exception {
        assertThat(results(query("SP4", 0, 25, OTHER_TENANT))).isEmpty();
        assertThat(results(query("workforce", 0, 25, OTHER_TENANT))).isEmpty();
        assertThat(select("SP4", OTHER_TENANT).toString()).doesNotContain("workforce").contains("not in your organisation's plan");
    }

    @Test
    void pickingAResultInsertsItsStatusCardAsAChannelSeesItWhereverItIsShared() throws Exception {
        JsonNode response = select("SP2", TeamsActivities.TENANT);

        JsonNode attachment = results(response).get(0);
        assertThat(attachment.path("contentType").asText()).isEqualTo(AnswerCards.CONTENT_TYPE);
        JsonNode card = attachment.path("content");
        String text = FakeConnector.flatten(card);
        assertThat(text).contains("SP2 status:").contains("Complete").contains("Latest update").contains("As of ")
                .contains("ask me in a 1:1 chat").doesNotContain(SP2_LEAD);
        assertThat(card.path("refresh").path("action").path("verb").asText()).isEqualTo(RefreshableCards.VERB);
        assertThat(card.path("refresh").path("action").path("data").path("code").asText()).isEqualTo("SP2");
        assertThat(card.path("actions").findValuesAsText("title")).as("no question buttons; the dashboard, and Refresh")
                .containsExactly("Open in the dashboard", "Refresh");
        String dashboard = card.path("actions").get(0).path("url").asText();
        assertThat(dashboard).isEqualTo("https://" + HOST + "/dashboard/#SP2");
        assertThat(FakeConnector.flatten(results(link(dashboard)).get(0).path("content"))).as("which unfurls as the card again")
                .contains("SP2 status:");
        assertThat(attachment.path("preview").path("content").path("title").asText()).startsWith("SP2 status:");

        assertThat(chat.ask(STAFF, "who leads SP2?")).as("a 1:1 chat is told, as before").contains(SP2_LEAD);
        assertThat(select("SP9", TeamsActivities.TENANT).path("composeExtension").path("type").asText()).isEqualTo("message");
    }

    @Test
    void aSharedCardPostedInTheChatWithTheBotNeedsNoAnswer() throws Exception {
        JsonNode card = results(select("SP4", TeamsActivities.TENANT)).get(0);
        ObjectNode shared = TeamsActivities.base(connector.url(), PERSONAL, "message");
        TeamsChat.as(shared, STAFF);
        shared.putArray("attachments").addObject().put("contentType", AnswerCards.CONTENT_TYPE).set("content", card.path("content"));
        int mark = connector.mark();

        assertThat(chat.postActivity(shared.toString()).statusCode()).isEqualTo(202);

        // a turn's replies are posted before its request is answered, so none has come by now
        assertThat(connector.awaitSince(mark, 1, java.time.Duration.ZERO)).isEmpty();
        assertThat(chat.ask(STAFF, "what is our vision?")).as("and the chat goes on").contains("happy, hopeful and loved");
    }

    @ParameterizedTest
    @CsvSource({
            "https://" + HOST + "/dashboard/#SP4, SP4 status:",
            "https://" + HOST + "/dashboard/#card-SP2.3, SP2.3 status:",
            "https://STRATEGY.example.gov.uk/dashboard/?inTeams=1#sp1, SP1 status:"})
    void aDashboardLinkUnfurlsAsItsItemsStatusCard(String url, String heading) throws Exception {
        JsonNode card = results(link(url)).get(0).path("content");
        assertThat(FakeConnector.flatten(card)).contains(heading).contains("As of ");
        assertThat(card.path("refresh").path("action").path("verb").asText()).isEqualTo(RefreshableCards.VERB);
    }

    @ParameterizedTest
    @CsvSource({
            "https://elsewhere.example.com/dashboard/#SP4",
            "https://" + HOST + ".evil.example/dashboard/#SP4",
            "https://" + HOST + "/dashboard/",
            "https://" + HOST + "/api/priorities#SP4",
            "https://" + HOST + "/dashboard/#SP9",
            "ftp://" + HOST + "/dashboard/#SP4",
            "not a link at all"})
    void anyOtherLinkGetsNoPreview(String url) throws Exception {
        JsonNode response = link(url);
        assertThat(response.path("composeExtension").path("type").asText()).isEqualTo("result");
        assertThat(results(response)).isEmpty();
    }

    @Test
    void aStatusAnswerRefreshesToTheCurrentValuesReadingOnly() throws Exception {
        JsonNode card = TeamsChat.cardOf(chat.say(STAFF, PERSONAL, "what's the status of SP3.1?"));
        assertThat(FakeConnector.flatten(card)).contains("SP3.1 status:").contains("As of ").doesNotContain("87%");
        JsonNode refresh = card.path("refresh");
        assertThat(refresh.path("action").path("type").asText()).isEqualTo("Action.Execute");
        assertThat(refresh.has("userIds")).as("a 1:1 chat: Teams refreshes it for its one reader").isFalse();
        chat.post(ADMIN, "SP3.1 at 87% - the programme board signed off the next phase");
        int updates = chat.get("/api/updates").size();

        JsonNode refreshed = refresh(refresh.path("action").path("data"), TeamsActivities.TENANT);

        assertThat(refreshed.path("statusCode").asInt()).isEqualTo(200);
        String now = FakeConnector.flatten(refreshed.path("value"));
        assertThat(now).contains("SP3.1 status:").contains("87%").contains("As of ");
        assertThat(refreshed.path("value").path("refresh").path("action").path("verb").asText())
                .as("and stays refreshable").isEqualTo(RefreshableCards.VERB);
        assertThat(chat.get("/api/updates").size()).as("nothing written").isEqualTo(updates);
    }

    @Test
    void aRefreshFromAnotherTenantOrForAnItemNotInThePlanIsRefused() throws Exception {
        JsonNode data = TeamsChat.cardOf(chat.say(STAFF, PERSONAL, "what's SP4's status?")).path("refresh").path("action").path("data");

        JsonNode elsewhere = refresh(data, OTHER_TENANT);
        assertThat(elsewhere.path("statusCode").asInt()).isEqualTo(403);
        assertThat(elsewhere.path("type").asText()).isEqualTo("application/vnd.microsoft.error");
        assertThat(elsewhere.toString()).doesNotContain("workforce").doesNotContain("SP4 status");

        ObjectNode forged = ((ObjectNode) data.deepCopy()).put("code", "SP9");
        assertThat(refresh(forged, TeamsActivities.TENANT).path("statusCode").asInt()).isEqualTo(403);
        ObjectNode otherStrategy = ((ObjectNode) data.deepCopy()).put("strategy", "worcestershire-children-first");
        assertThat(refresh(otherStrategy, TeamsActivities.TENANT).path("statusCode").asInt()).isEqualTo(403);
    }

    @Test
    void aChannelAnswerNamesItsAskerForAutomaticRefreshAndAShareableCardNeverShowsMoreOnRefresh() throws Exception {
        JsonNode card = TeamsChat.cardOf(chat.say(STAFF, CHANNEL, "what's SP2's status?"));
        assertThat(card.path("refresh").path("userIds").findValuesAsText("userIds")).isEmpty();
        assertThat(card.path("refresh").path("userIds").get(0).asText()).isEqualTo("29:0001");
        assertThat(card.path("actions").findValuesAsText("title")).contains("Refresh");
        ObjectNode otherViewer = (ObjectNode) TeamsChat.cardOf(chat.say(STAFF, CHANNEL, "what's SP2's status?")).path("refresh")
                .path("action").path("data");
        assertThat(refreshAs(otherViewer, "29:someone-else").path("value").path("refresh").path("userIds").get(0).asText())
                .as("a refresh goes on naming the person it was posted for, not whoever viewed it").isEqualTo("29:0001");

        JsonNode shared = results(select("SP2", TeamsActivities.TENANT)).get(0).path("content").path("refresh").path("action").path("data");
        String inPrivate = FakeConnector.flatten(refresh(shared, TeamsActivities.TENANT).path("value"));
        assertThat(inPrivate).as("viewed in a 1:1 chat, a shared card still shows what a channel may see")
                .doesNotContain(SP2_LEAD).contains("ask me in a 1:1 chat");
        ObjectNode unshared = ((ObjectNode) shared.deepCopy()).put("shared", false);
        assertThat(FakeConnector.flatten(refresh(unshared, TeamsActivities.TENANT, CHANNEL).path("value")))
                .as("and a channel never sees more than a channel, whatever the card says").doesNotContain(SP2_LEAD);
    }

    @Test
    void theWeeklyDigestRefreshesToThePlanAsItStandsForItsOwnTenantOnly() throws Exception {
        String channel = "19:digest-refresh@thread.tacv2";
        String reference = "{\"bot\":{\"id\":\"28:strategy-bot\"},\"conversation\":{\"id\":\"" + channel + "\",\"tenantId\":\""
                + TeamsActivities.TENANT + "\",\"conversationType\":\"channel\"},\"channelId\":\"msteams\",\"serviceUrl\":\""
                + connector.url() + "\"}";
        digests.subscribe(new org.strategybot.digest.Conversation(channel, TeamsActivities.TENANT, "channel", "Digest", reference),
                new Person(ADMIN, "Ada Admin"), DayOfWeek.MONDAY, LocalTime.of(9, 0));
        int mark = connector.mark();
        digests.runAt(Instant.parse("2026-12-07T09:01:00Z"));
        JsonNode card = connector.awaitSince(mark, 1, java.time.Duration.ofSeconds(10)).stream()
                .filter(c -> c.path().contains(channel)).findFirst().orElseThrow().body().path("attachments").path(0).path("content");
        assertThat(FakeConnector.flatten(card)).contains("Weekly digest").contains("As of ");
        JsonNode data = card.path("refresh").path("action").path("data");
        assertThat(data.path(RefreshableCards.DIGEST).asBoolean()).isTrue();
        assertThat(card.path("refresh").has("userIds")).as("Teams refreshes it for everyone in a channel of up to 60").isFalse();

        JsonNode refreshed = refresh(data, TeamsActivities.TENANT, CHANNEL);
        assertThat(refreshed.path("statusCode").asInt()).isEqualTo(200);
        assertThat(FakeConnector.flatten(refreshed.path("value"))).contains("Weekly digest").contains("As of ")
                .doesNotContain(SP2_LEAD);
        assertThat(refresh(data, OTHER_TENANT, CHANNEL).path("statusCode").asInt()).isEqualTo(403);
    }

    @Test
    void theManifestDeclaresTheSearchTheBotAnswersAndLinksOnTheBotsOwnDomain() throws Exception {
        JsonNode extension = Serialization.jsonToTree(java.nio.file.Files.readString(java.nio.file.Path.of("manifest/manifest.json")))
                .path("composeExtensions").path(0);
        JsonNode command = extension.path("commands").path(0);
        assertThat(command.path("id").asText()).isEqualTo(MessageExtension.COMMAND);
        assertThat(command.path("type").asText()).isEqualTo("query");
        assertThat(command.path("parameters").path(0).path("name").asText()).isEqualTo(MessageExtension.PARAMETER);
        assertThat(List.of(command, command.path("parameters").path(0))).as("ready for Copilot")
                .allSatisfy(c -> assertThat(c.path("semanticDescription").asText()).isNotBlank());
        assertThat(extension.path("messageHandlers").path(0).path("value").path("domains").path(0).asText())
                .isEqualTo("${{BOT_DOMAIN}}");
    }

    private JsonNode query(String text, int skip, int count, String tenant) throws Exception {
        ObjectNode value = Serialization.createObjectNode().put("commandId", MessageExtension.COMMAND);
        value.putArray("parameters").addObject().put("name", MessageExtension.PARAMETER).put("value", text);
        value.putObject("queryOptions").put("skip", skip).put("count", count);
        return invoke("composeExtension/query", value, tenant, CHANNEL);
    }

    private JsonNode select(String code, String tenant) throws Exception {
        return invoke("composeExtension/selectItem", Serialization.createObjectNode().put("code", code), tenant, PERSONAL);
    }

    private JsonNode link(String url) throws Exception {
        return invoke("composeExtension/queryLink", Serialization.createObjectNode().put("url", url), TeamsActivities.TENANT, CHANNEL);
    }

    private JsonNode refresh(JsonNode data, String tenant) throws Exception {
        return refresh(data, tenant, PERSONAL);
    }

    private JsonNode refresh(JsonNode data, String tenant, Conversation kind) throws Exception {
        return refresh(data, tenant, kind, null);
    }

    private JsonNode refreshAs(JsonNode data, String viewer) throws Exception {
        return refresh(data, TeamsActivities.TENANT, CHANNEL, viewer);
    }

    /** What Teams sends when someone views a card with a refresh: an adaptiveCard/action invoke, trigger automatic. */
    private JsonNode refresh(JsonNode data, String tenant, Conversation kind, String viewer) throws Exception {
        ObjectNode value = Serialization.createObjectNode().put("trigger", "automatic");
        value.putObject("action").put("type", "Action.Execute").put("verb", RefreshableCards.VERB).set("data", data);
        return invoke("adaptiveCard/action", value, tenant, kind, viewer);
    }

    private JsonNode invoke(String name, JsonNode value, String tenant, Conversation kind) throws Exception {
        return invoke(name, value, tenant, kind, null);
    }

    private JsonNode invoke(String name, JsonNode value, String tenant, Conversation kind, String viewer) throws Exception {
        ObjectNode invoke = TeamsActivities.base(connector.url(), kind, "invoke");
        TeamsChat.as(invoke, STAFF);
        if (viewer != null) {
            invoke.with("from").put("id", viewer);
        }
        invoke.put("name", name).set("value", value);
        invoke.with("conversation").put("tenantId", tenant);
        invoke.with("channelData").with("tenant").put("id", tenant);
        HttpResponse<String> response = chat.postActivity(invoke.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Serialization.jsonToTree(response.body());
    }

    private static List<JsonNode> results(JsonNode response) {
        List<JsonNode> items = new ArrayList<>();
        response.path("composeExtension").path("attachments").forEach(items::add);
        return items;
    }

    private static List<String> codes(List<JsonNode> items) {
        return items.stream().map(i -> i.path("preview").path("content").path("tap").path("value").path("code").asText()).toList();
    }
}

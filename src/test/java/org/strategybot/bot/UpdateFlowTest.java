package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/**
 * Posting progress in chat, through the real endpoint: propose, confirm on the card (as Action.Execute
 * and as Action.Submit), permissions checked again on Confirm, once-only saving, undo, and personal data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class UpdateFlowTest {

    static final String ADMIN = "00000000-0000-0000-0000-000000000003";
    static final String LEAD = "00000000-0000-0000-0000-000000000002";
    static FakeConnector connector;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        TestStore.freshDataDir(registry);
        connector = new FakeConnector();
        connector.member("29:lee", LEAD);
        registry.add("strategy-bot.admins", () -> ADMIN);
    }

    @AfterAll
    static void stop() {
        connector.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoOperations mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLeadsUpdateIsConfirmedOnTheCardAndEveryAnswerReflectsItAtOnce() throws Exception {
        JsonNode card = proposeAs(ADMIN, "SP4 update: eleven newly qualified social workers started their ASYE year. Status green.");
        assertThat(FakeConnector.flatten(card)).contains("Confirm your update to SP4").contains("Percent complete");
        assertThat(buttons(card)).contains("Action.Execute:Confirm", "Action.Submit:Confirm", "Action.Execute:Cancel");

        JsonNode saved = execute(ADMIN, card, "confirmUpdate", null);

        assertThat(FakeConnector.flatten(saved)).contains("Saved: SP4").contains("ASYE");
        assertThat(ask(ADMIN, "what's SP4's status?")).contains("SP4 status: Green").contains("eleven newly qualified");
        assertThat(getJson("/api/priorities/SP4").path("latest").path("note").asText()).contains("ASYE year");
    }

    @Test
    void theActionSubmitFallbackSavesToo() throws Exception {
        JsonNode card = proposeAs(ADMIN, "SP2.1 is 85% complete - clinics now run every month");
        Call reply = submit(ADMIN, card, "confirmUpdate", null);
        assertThat(reply.flatText()).contains("Saved: SP2.1").contains("85%");
        assertThat(getJson("/api/actions?priority=SP2").toString()).contains("\"percent\":85");
    }

    @Test
    void aDoubleClickOrARedeliverySavesOnce() throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), PERSONAL, "SP5.4 is now amber - two partners missed the forum");
        as(message, ADMIN);
        JsonNode first = cardOf(askOne(message));
        JsonNode second = cardOf(askOne(message));
        assertThat(proposalId(second)).as("a redelivered message proposes once").isEqualTo(proposalId(first));

        execute(ADMIN, first, "confirmUpdate", null);
        JsonNode again = execute(ADMIN, second, "confirmUpdate", null);
        assertThat(FakeConnector.flatten(again)).contains("Already saved");

        long saved = count(getJson("/api/updates?target=SP5.4"), "two partners missed the forum");
        assertThat(saved).isEqualTo(1);
    }

    @Test
    void someoneWhoIsNotALeadIsToldWhoCanAndNothingIsSaved() throws Exception {
        int before = getJson("/api/updates?target=SP1").size();
        String reply = flat(sayAs("00000000-0000-0000-0000-000000000001", PERSONAL, "SP1 update: recruited two managers. Status amber."));
        assertThat(reply).contains("Only its lead").contains("nothing was saved");
        assertThat(getJson("/api/updates?target=SP1").size()).isEqualTo(before);
    }

    @Test
    void forgedCardDataIsCheckedAgainOnTheServer() throws Exception {
        JsonNode card = proposeAs(ADMIN, "SP3.2 is now red - trainer post still vacant");

        assertThat(FakeConnector.flatten(execute("00000000-0000-0000-0000-000000000001", card, "confirmUpdate", null)))
                .as("someone else presses Confirm").contains("only they can confirm");
        ObjectNode forged = (ObjectNode) card.deepCopy();
        assertThat(FakeConnector.flatten(executeWithId(ADMIN, UUID.randomUUID().toString(), "confirmUpdate")))
                .as("a made-up proposal").contains("expired or was cancelled");
        assertThat(FakeConnector.flatten(execute(ADMIN, forged, "confirmUpdate", "{\"rag\":\"PURPLE\"}")))
                .contains("not a RAG rating");
        assertThat(FakeConnector.flatten(execute(ADMIN, card, "confirmUpdate", "{\"note\":\"\"}")))
                .contains("Red needs a reason");
        assertThat(FakeConnector.flatten(execute(ADMIN, card, "confirmUpdate", "{\"percent\":\"250\"}")))
                .contains("from 0 to 100");
        assertThat(getJson("/api/updates?target=SP3.2").toString()).doesNotContain("trainer post still vacant");
    }

    @Test
    void personalDataIsNeitherSavedNorLogged(CapturedOutput output) throws Exception {
        String secret = "Kacey Marsh";
        String reply = flat(sayAs(ADMIN, PERSONAL, "SP1.2 is now amber - visited " + secret + " at home, DOB 03/04/2016"));
        assertThat(reply).contains("personal data").contains("a date of birth").doesNotContain(secret);
        assertThat(mongo.getCollection("proposals").countDocuments(new org.bson.Document("note",
                new org.bson.Document("$regex", "Marsh")))).isZero();

        JsonNode card = proposeAs(ADMIN, "SP1.2 is now amber - partner sign-off is late");
        JsonNode edited = execute(ADMIN, card, "confirmUpdate", "{\"note\":\"spoke to " + secret + "'s mother\"}");
        assertThat(FakeConnector.flatten(edited)).contains("personal data");
        assertThat(getJson("/api/updates?target=SP1.2").toString()).doesNotContain("Marsh");
        assertThat(output.getAll()).doesNotContain("Marsh");
    }

    @Test
    void anAdminMakesSomeoneLeadByMentioningThemAndTheyCanThenUpdateTheirPriorityOnly() throws Exception {
        ObjectNode assign = TeamsActivities.message(connector.url(), CHANNEL, "make <at>Lee Lead</at> the lead for SP3");
        as(assign, ADMIN);
        ((com.fasterxml.jackson.databind.node.ArrayNode) assign.get("entities")).addObject().put("type", "mention")
                .put("text", "<at>Lee Lead</at>").putObject("mentioned").put("id", "29:lee").put("name", "Lee Lead");
        assertThat(askOne(assign).flatText()).contains("Lee Lead is now the lead for SP3");

        JsonNode card = proposeAs(LEAD, "SP3.1 at 60% - programme board approved the new special school plan");
        assertThat(FakeConnector.flatten(execute(LEAD, card, "confirmUpdate", null))).contains("Saved: SP3.1");
        assertThat(flat(sayAs(LEAD, PERSONAL, "SP2 update: clinics running. Status green."))).contains("Only its lead");
        assertThat(ask(LEAD, "who leads SP3?")).contains("Lee Lead");
        assertThat(flat(sayAs(LEAD, PERSONAL, "make <at>Lee Lead</at> the lead for SP2"))).contains("Only an administrator");
    }

    @Test
    void theAuthorCanUndoTheirLastUpdate() throws Exception {
        JsonNode card = proposeAs(ADMIN, "SP5.1 is now red - headteachers left the partnership");
        execute(ADMIN, card, "confirmUpdate", null);
        assertThat(ask(ADMIN, "what's the status of SP5.1?")).contains("SP5.1 status: Red");

        assertThat(ask(ADMIN, "undo my last update")).contains("Undone");
        assertThat(ask(ADMIN, "what's the status of SP5.1?")).contains("SP5.1 status: Green");
        assertThat(ask(ADMIN, "show SP5.1's update history")).contains("Undo of an earlier update").contains("Green → Red");
        assertThat(ask("00000000-0000-0000-0000-000000000001", "undo my last update")).contains("no update");
    }

    @Test
    void markupInANoteCannotRunAsHtmlOrHideALink() throws Exception {
        JsonNode card = proposeAs(ADMIN, "SP2.4 at 70% - **urgent** <img src=x onerror=alert(1)> [click](http://evil.example)");
        JsonNode saved = execute(ADMIN, card, "confirmUpdate", null);
        String shown = FakeConnector.flatten(saved);
        // Teams sends HTML, so tags are dropped from what is read; Teams shows backslash escapes as they are, so none
        // are added (emphasis shows as emphasis), and a Markdown link cannot form to hide where it goes
        assertThat(shown).contains("**urgent**").doesNotContain("\\*").contains("[click]\u200b(http://evil.example)")
                .doesNotContain("<img").doesNotContain("onerror");
        assertThat(getJson("/api/updates?target=SP2.4").toString()).doesNotContain("onerror");
        assertThat(ask(ADMIN, "show SP2.4's update history")).doesNotContain("<img");
    }

    @Test
    void cancelLeavesNothingBehind() throws Exception {
        JsonNode card = proposeAs(ADMIN, "SP2.2 is now amber - practice leads on leave");
        assertThat(FakeConnector.flatten(execute(ADMIN, card, "cancelUpdate", null))).contains("Cancelled");
        assertThat(mongo.getCollection("proposals").countDocuments(new org.bson.Document("_id", proposalId(card)))).isZero();
        assertThat(FakeConnector.flatten(execute(ADMIN, card, "confirmUpdate", null))).contains("expired or was cancelled");
    }

    // --- helpers: Teams as it sends card actions ---

    private JsonNode proposeAs(String aad, String text) throws Exception {
        return cardOf(sayAs(aad, PERSONAL, text));
    }

    private Call sayAs(String aad, Conversation kind, String text) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), kind, text);
        as(message, aad);
        return askOne(message);
    }

    private String ask(String aad, String text) throws Exception {
        return flat(sayAs(aad, PERSONAL, text));
    }

    private static String flat(Call call) {
        return call.flatText();
    }

    private static void as(ObjectNode activity, String aad) {
        activity.with("from").put("aadObjectId", aad).put("id", "29:" + aad.substring(aad.length() - 4))
                .put("name", aad.endsWith("3") ? "Ada Admin" : aad.endsWith("2") ? "Lee Lead" : "Sam Staff");
    }

    private static JsonNode cardOf(Call call) {
        return call.body().path("attachments").path(0).path("content");
    }

    private static String proposalId(JsonNode card) {
        return card.findValue("proposalId").asText();
    }

    private static List<String> buttons(JsonNode card) {
        List<String> found = new ArrayList<>();
        card.findParents("type").forEach(n -> {
            if (n.path("type").asText().startsWith("Action.")) {
                found.add(n.path("type").asText() + ":" + n.path("title").asText());
            }
        });
        return found;
    }

    /** Presses a button as Action.Execute: an adaptiveCard/action invoke whose response carries the new card. */
    private JsonNode execute(String aad, JsonNode card, String verb, String inputs) throws Exception {
        ObjectNode data = Serialization.createObjectNode();
        pressed(data, card, verb, inputs);
        return invoke(aad, verb, data);
    }

    /** What Teams sends when a button is pressed: the button's data and the card's inputs as they stand. */
    private static void pressed(ObjectNode into, JsonNode card, String verb, String changedInputs) throws Exception {
        into.put("strategyBot", true).put("proposalId", proposalId(card)).put("verb", verb);
        card.findParents("id").forEach(input -> {
            if (input.path("type").asText().startsWith("Input.") && input.has("value")) {
                into.set(input.path("id").asText(), input.path("value"));
            }
        });
        if (changedInputs != null) {
            into.setAll((ObjectNode) Serialization.jsonToTree(changedInputs));
        }
    }

    private JsonNode executeWithId(String aad, String proposalId, String verb) throws Exception {
        ObjectNode data = Serialization.createObjectNode();
        data.put("strategyBot", true).put("proposalId", proposalId).put("verb", verb);
        return invoke(aad, verb, data);
    }

    private JsonNode invoke(String aad, String verb, ObjectNode data) throws Exception {
        ObjectNode invoke = TeamsActivities.base(connector.url(), PERSONAL, "invoke");
        as(invoke, aad);
        invoke.put("name", "adaptiveCard/action");
        ObjectNode action = invoke.putObject("value").putObject("action");
        action.put("type", "Action.Execute").put("verb", verb).set("data", data);
        ((ObjectNode) invoke.get("value")).put("trigger", "manual");
        HttpResponse<String> response = post(invoke.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Serialization.jsonToTree(response.body());
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        return body.path("value");
    }

    /** Presses a button as Action.Submit: a message with the card's data and inputs as its value. */
    private Call submit(String aad, JsonNode card, String verb, String inputs) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), PERSONAL, "");
        as(message, aad);
        message.remove("text");
        pressed(message.putObject("value"), card, verb, inputs);
        return askOne(message);
    }

    private Call askOne(ObjectNode activity) throws Exception {
        int mark = connector.mark();
        HttpResponse<String> response = post(activity.toString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        List<Call> posts = connector.awaitSince(mark, 1, Duration.ofSeconds(10)).stream()
                .filter(c -> !c.method().equals("GET")).toList();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (posts.isEmpty() && System.nanoTime() < end) {
            posts = connector.awaitSince(mark, 2, Duration.ofMillis(200)).stream().filter(c -> !c.method().equals("GET")).toList();
        }
        assertThat(posts).hasSize(1);
        return posts.get(0);
    }

    private static long count(JsonNode updates, String note) {
        long n = 0;
        for (JsonNode u : updates) {
            if (u.path("note").asText().contains(note)) {
                n++;
            }
        }
        return n;
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-API-Key", TestStore.API_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Serialization.jsonToTree(response.body());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/**
 * People talking to the bot as Teams carries it: messages and card button presses through {@code POST /api/messages},
 * replies caught by the {@link FakeConnector}, and the REST API read with the tests' key.
 */
public final class TeamsChat {

    static final String STAFF = "00000000-0000-0000-0000-000000000001";
    static final String LEAD = "00000000-0000-0000-0000-000000000002";
    static final String ADMIN = "00000000-0000-0000-0000-000000000003";

    private final FakeConnector connector;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    TeamsChat(FakeConnector connector, int port) {
        this.connector = connector;
        this.port = port;
    }

    /** What the bot answers a message, flattened to its text, in a 1:1 chat. */
    String ask(String aad, String text) throws Exception {
        return say(aad, PERSONAL, text).flatText();
    }

    String ask(String aad, Conversation kind, String text) throws Exception {
        return say(aad, kind, text).flatText();
    }

    Call say(String aad, Conversation kind, String text) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), kind, text);
        as(message, aad);
        return reply(message);
    }

    /** Posts an update in a 1:1 chat; returns the confirmation card the bot answers with. */
    public JsonNode propose(String aad, String text) throws Exception {
        return cardOf(say(aad, PERSONAL, text));
    }

    /** Posts an update and confirms it as proposed; returns the card Confirm answers with. */
    JsonNode post(String aad, String text) throws Exception {
        return confirm(aad, propose(aad, text));
    }

    /** Presses Confirm on a confirmation card, its inputs as proposed; returns the card Confirm answers with. */
    public JsonNode confirm(String aad, JsonNode card) throws Exception {
        return execute(aad, card, UpdateCards.CONFIRM, null);
    }

    static void as(ObjectNode activity, String aad) {
        activity.with("from").put("aadObjectId", aad).put("id", "29:" + aad.substring(aad.length() - 4))
                .put("name", aad.endsWith("3") ? "Ada Admin" : aad.endsWith("2") ? "Lee Lead" : "Sam Staff");
    }

    static JsonNode cardOf(Call call) {
        return call.body().path("attachments").path(0).path("content");
    }

    static String proposalId(JsonNode card) {
        return card.findValue("proposalId").asText();
    }

    /** Presses a button as Action.Execute: an adaptiveCard/action invoke whose response carries the new card. */
    JsonNode execute(String aad, JsonNode card, String verb, String changedInputs) throws Exception {
        ObjectNode data = Serialization.createObjectNode();
        pressed(data, card, verb, changedInputs);
        return invoke(aad, data);
    }

    /** What Teams sends when a button is pressed: the button's data and the card's inputs as they stand. */
    static void pressed(ObjectNode into, JsonNode card, String verb, String changedInputs) throws Exception {
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

    JsonNode executeWithId(String aad, String proposalId, String verb) throws Exception {
        ObjectNode data = Serialization.createObjectNode();
        data.put("strategyBot", true).put("proposalId", proposalId).put("verb", verb);
        return invoke(aad, data);
    }

    private JsonNode invoke(String aad, ObjectNode data) throws Exception {
        ObjectNode invoke = TeamsActivities.base(connector.url(), PERSONAL, "invoke");
        as(invoke, aad);
        invoke.put("name", "adaptiveCard/action");
        ObjectNode action = invoke.putObject("value").putObject("action");
        action.put("type", "Action.Execute").put("verb", data.path("verb").asText()).set("data", data);
        ((ObjectNode) invoke.get("value")).put("trigger", "manual");
        HttpResponse<String> response = postActivity(invoke.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Serialization.jsonToTree(response.body());
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        return body.path("value");
    }

    /** Presses a button as Action.Submit: a message with the card's data and inputs as its value. */
    Call submit(String aad, JsonNode card, String verb, String inputs) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), PERSONAL, "");
        as(message, aad);
        message.remove("text");
        pressed(message.putObject("value"), card, verb, inputs);
        return reply(message);
    }

    /** Posts an activity and returns the one message the bot posts back. */
    Call reply(ObjectNode activity) throws Exception {
        int mark = connector.mark();
        HttpResponse<String> response = postActivity(activity.toString());
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

    /** A GET on the REST API as a deployment-wide reader. */
    JsonNode get(String path) throws Exception {
        return get(path, TestStore.API_KEY);
    }

    JsonNode get(String path, String key) throws Exception {
        return Serialization.jsonToTree(getText(path, key));
    }

    String getText(String path, String key) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    HttpResponse<String> postActivity(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

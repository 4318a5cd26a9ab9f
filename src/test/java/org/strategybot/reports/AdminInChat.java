package org.strategybot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.strategybot.bot.FakeConnector;
import org.strategybot.bot.TeamsActivities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/** An administrator posting an update in a 1:1 chat with the bot and confirming it on its card, as Teams sends both. */
final class AdminInChat {

    static final String ADMIN = "00000000-0000-0000-0000-000000000003";

    private final FakeConnector connector;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    AdminInChat(FakeConnector connector, URI endpoint) {
        this.connector = connector;
        this.endpoint = endpoint;
    }

    /** Posts the update; the bot answers on the connector with a confirmation card, returned here. */
    JsonNode propose(String text) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), TeamsActivities.Conversation.PERSONAL, text);
        asAdmin(message);
        int mark = connector.mark();
        assertThat(post(message).statusCode()).isBetween(200, 202);
        List<FakeConnector.Call> replies = connector.awaitSince(mark, 1, Duration.ofSeconds(10));
        assertThat(replies).isNotEmpty();
        return replies.get(0).body().path("attachments").path(0).path("content");
    }

    /** Presses Confirm: an adaptiveCard/action invoke with the card's data and inputs; returns the card it answers with. */
    JsonNode confirm(JsonNode card) throws Exception {
        ObjectNode invoke = TeamsActivities.base(connector.url(), TeamsActivities.Conversation.PERSONAL, "invoke");
        asAdmin(invoke);
        invoke.put("name", "adaptiveCard/action");
        ObjectNode action = invoke.putObject("value").put("trigger", "manual").putObject("action");
        ObjectNode data = action.put("type", "Action.Execute").put("verb", "confirmUpdate").putObject("data");
        data.put("strategyBot", true).put("verb", "confirmUpdate").put("proposalId", card.findValue("proposalId").asText());
        card.findParents("id").stream().filter(n -> n.path("type").asText().startsWith("Input.") && n.has("value"))
                .forEach(input -> data.set(input.path("id").asText(), input.path("value")));
        HttpResponse<String> response = post(invoke);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Serialization.jsonToTree(response.body()).path("value");
    }

    private static void asAdmin(ObjectNode activity) {
        activity.with("from").put("aadObjectId", ADMIN).put("id", "29:admin").put("name", "Ada Admin");
    }

    private HttpResponse<String> post(ObjectNode activity) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}

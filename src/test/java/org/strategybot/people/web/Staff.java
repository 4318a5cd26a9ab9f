package org.strategybot.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.strategybot.access.Person;
import org.strategybot.actions.Action;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Change;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.bot.FakeConnector;
import org.strategybot.bot.Rest;
import org.strategybot.bot.TeamsActivities;
import org.strategybot.digest.DeliveryRecord;
import org.strategybot.strategy.Strategy;
import org.strategybot.system.TestStore;
import org.strategybot.updates.Updates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/**
 * A member of staff leaving a trace in every collection that can hold one, each the way the bot makes it: chats
 * through POST /api/messages (installing the bot, an update confirmed on its card, one left unconfirmed, a
 * channel subscribed to the digest), leads and delegates as an administrator records them, a note by someone else
 * naming them, an action they own, an override, a reminder delivered, a document that names them.
 */
record Staff(String name, String id, String email, String chatId, String personalChat, String channel) {

    static final String ADMIN = "00000000-0000-0000-0000-000000000003";
    static final Person ADMIN_PERSON = new Person(ADMIN, "Ada Admin");

    static Staff of(String name, String id, String email) {
        // Teams' ids are opaque: made from the object id here, never from the name
        String handle = id.substring(id.length() - 8);
        return new Staff(name, id, email, "29:1u" + handle, "a:1p" + handle, "19:c" + handle + "@thread.tacv2");
    }

    Person person() {
        return new Person(id, name);
    }

    /** Strings that would betray the person wherever they were found. */
    List<String> traces() {
        return List.of(name, name.replace(' ', '-'), id, email, chatId, personalChat);
    }

    record App(URI endpoint, FakeConnector connector, Rest rest, ActionPlan plan, Updates updates, MongoOperations mongo,
            Strategy strategy) {
    }

    /** Leaves this person's trace in every collection, leading {@code priority} and owning its first action. */
    void seed(App app, String priority, String delegateOf, String namedIn) throws Exception {
        Strategy s = app.strategy();
        assertThat(app.updates().assign(s, ADMIN_PERSON, priority, person(), true).kind().name()).isEqualTo("ASSIGNED");
        assertThat(app.updates().assign(s, ADMIN_PERSON, delegateOf, person(), false).kind().name()).isEqualTo("ASSIGNED");

        ObjectNode added = activity(app, TeamsActivities.Conversation.PERSONAL, "conversationUpdate");
        added.putArray("membersAdded").addObject().put("id", "28:strategy-bot").put("name", "StrategyBot");
        post(app, added);

        JsonNode card = card(say(app, TeamsActivities.Conversation.PERSONAL,
                priority + " update: the audit backlog is cleared and the team is fully staffed. Status green."));
        confirm(app, card);
        say(app, TeamsActivities.Conversation.PERSONAL, priority + ".2 is 85% complete - clinics now run every month");
        say(app, TeamsActivities.Conversation.CHANNEL, "subscribe this channel to the weekly digest");

        Rag calculated = app.plan().status(s, priority).orElseThrow().calculated();
        app.plan().apply(s, new Change(UUID.randomUUID().toString(), priority,
                new ProgressUpdate.State(calculated == Rag.RED ? Rag.AMBER : Rag.RED, null, null),
                "Two posts are vacant until the recruitment campaign closes.", name, id));
        app.plan().apply(s, new Change(UUID.randomUUID().toString(), namedIn, new ProgressUpdate.State(null, 40, null),
                name + " presented the plan to the Getting to Good Board; queries to " + email + ".", "Ada Admin", ADMIN));
        app.mongo().updateFirst(Query.query(Criteria.where("_id").is(s.id() + ":" + priority + ".1")),
                new Update().set("owner", name).set("ownerId", id), Action.class);
        Instant slot = Instant.parse("2026-11-23T09:00:00Z");
        app.mongo().insert(new DeliveryRecord("remind:" + id + ":" + priority + "@" + slot, "reminder", id, slot,
                DeliveryRecord.Status.SENT, 1, null, slot, slot));

        String title = URLEncoder.encode(name + " workforce group", StandardCharsets.UTF_8);
        HttpResponse<String> imported = app.rest().post("/api/strategies/" + s.id() + "/documents?title=" + title,
                TestStore.ADMIN_KEY, "text/markdown", "# Workforce group\n\nThe workforce group is chaired by " + name
                        + ", who reports quarterly to the Getting to Good Board on recruitment and retention.\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    }

    /** An administrator asks in their own 1:1 chat; the reply as the connector received it. */
    static String adminSays(App app, String text) throws Exception {
        ObjectNode message = TeamsActivities.message(app.connector().url(), TeamsActivities.Conversation.PERSONAL, text);
        message.with("from").put("aadObjectId", ADMIN).put("id", "29:admin").put("name", "Ada Admin");
        return reply(app, message).toString();
    }

    private JsonNode say(App app, TeamsActivities.Conversation kind, String text) throws Exception {
        ObjectNode message = TeamsActivities.message(app.connector().url(), kind, text);
        as(message, kind);
        return reply(app, message);
    }

    private void confirm(App app, JsonNode card) throws Exception {
        ObjectNode invoke = activity(app, TeamsActivities.Conversation.PERSONAL, "invoke");
        invoke.put("name", "adaptiveCard/action");
        ObjectNode data = invoke.putObject("value").put("trigger", "manual").putObject("action")
                .put("type", "Action.Execute").put("verb", "confirmUpdate").putObject("data");
        data.put("strategyBot", true).put("verb", "confirmUpdate").put("proposalId", card.findValue("proposalId").asText());
        HttpResponse<String> response = post(app, invoke);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("Saved");
    }

    private ObjectNode activity(App app, TeamsActivities.Conversation kind, String type) {
        ObjectNode a = TeamsActivities.base(app.connector().url(), kind, type);
        as(a, kind);
        return a;
    }

    private void as(ObjectNode activity, TeamsActivities.Conversation kind) {
        activity.with("from").put("aadObjectId", id).put("id", chatId).put("name", name);
        if (kind == TeamsActivities.Conversation.PERSONAL) {
            activity.with("conversation").put("id", personalChat);
        } else if (kind == TeamsActivities.Conversation.CHANNEL) {
            activity.with("conversation").put("id", channel + ";messageid=1700000000000");
            activity.with("channelData").with("channel").put("id", channel).put("name", name + "'s channel");
        }
    }

    private static JsonNode card(JsonNode reply) {
        JsonNode card = reply.path("attachments").path(0).path("content");
        assertThat(card.findValue("proposalId")).as(reply.toString()).isNotNull();
        return card;
    }

    private static JsonNode reply(App app, ObjectNode message) throws Exception {
        int mark = app.connector().mark();
        HttpResponse<String> response = post(app, message);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        List<FakeConnector.Call> replies = app.connector().awaitSince(mark, 1, Duration.ofSeconds(10));
        assertThat(replies).as("a reply to " + message.path("text")).isNotEmpty();
        return replies.get(0).body();
    }

    private static HttpResponse<String> post(App app, ObjectNode activity) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.endpoint()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Serialization.toString(activity))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

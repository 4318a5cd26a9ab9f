package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Bot Connector that takes its time over every reply: Teams gives up on a bot after 15 s, so each turn must
 * be answered before then, the replies still arrive when the connector comes round, and a burst of such turns
 * must not use up the threads that later turns need.
 */
@EndpointTest
// a short turn timeout, so that turns held up by this connector are answered within the test's patience
@TestPropertySource(properties = "strategy-bot.bot.turn-timeout=1s")
@ExtendWith(OutputCaptureExtension.class)
class HungConnectorTest {

    FakeConnector connector;
    Rest rest;

    @Test
    void turnsAreAnsweredInTimeWhileTheConnectorHangsAndTheRepliesStillArrive(CapturedOutput output) throws Exception {
        connector.hang(Duration.ofSeconds(2));
        int mark = connector.mark();
        int burst = 12;
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            ObjectNode activity = TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?");
            ids.add(activity.get("id").asText());
            answers.add(http.sendAsync(post(activity), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(202);
        }
        Duration answered = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answered).as("every turn answered before Teams gives up").isLessThan(Duration.ofSeconds(15));
        assertThat(output).contains("Turn for activity " + ids.get(0));

        ObjectNode direct = TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what are our values?");
        direct.put("deliveryMode", "expectReplies");
        HttpResponse<String> meanwhile = http.send(post(direct), HttpResponse.BodyHandlers.ofString());
        assertThat(meanwhile.statusCode()).as("a turn that needs no connector is not queued behind the hung ones")
                .isEqualTo(200);

        connector.hang(Duration.ZERO);
        List<Call> replies = connector.awaitSince(mark, burst, Duration.ofSeconds(60));
        assertThat(replies.stream().filter(c -> c.path().contains("/activities"))).hasSize(burst);

        int after = connector.mark();
        HttpResponse<String> next = http.send(post(TeamsActivities.message(connector.url(), Conversation.PERSONAL,
                "what are our values?")), HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(202);
        assertThat(connector.awaitSince(after, 1, Duration.ofSeconds(10))).as("a later turn is served").hasSize(1);
    }

    /**
     * A turn held up in its own work, not in sending: making someone a lead asks the connector who they are, and
     * this connector does not answer for a long while. The request is still answered once the turn timeout passes
     * (the turn used to run on the request thread, where the timeout could not interrupt it), and the reply follows.
     */
    @Test
    void aTurnHeldUpInItsOwnWorkIsAnsweredAtTheTurnTimeoutAndRepliesLater() throws Exception {
        connector.hangMembers(Duration.ofSeconds(30));
        try {
            int mark = connector.mark();
            ObjectNode activity = TeamsActivities.message(connector.url(), Conversation.CHANNEL, "make <at>Lee</at> the lead for SP4");
            ObjectNode lee = ((ArrayNode) activity.get("entities")).addObject();
            lee.put("type", "mention").put("text", "<at>Lee</at>");
            lee.putObject("mentioned").put("id", "29:lee").put("name", "Lee");
            HttpResponse<String> answered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(post(activity), (n, v) -> true)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answered.statusCode()).isEqualTo(202);
            List<Call> replies = connector.awaitSince(mark, 2, Duration.ofSeconds(30)).stream()
                    .filter(c -> c.path().contains("/activities")).toList();
            assertThat(replies).as("the reply, once the look-up gave up").hasSize(1);
        } finally {
            connector.hangMembers(Duration.ZERO);
        }
    }

    private HttpRequest post(ObjectNode activity) {
        return HttpRequest.newBuilder(URI.create(rest.url("/api/messages")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build();
    }
}

package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategybot.StrategyBotApplication;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.strategy.StrategyCatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/**
 * "Saved. Everyone now sees it." must be true the moment the card says it, even if the process dies then: the
 * bot runs in its own JVM on the embedded store, an update is confirmed through /api/messages, the JVM is killed
 * without warning (Process.destroyForcibly is SIGKILL on Linux) as soon as the card comes back, and the bot
 * started again on the same data folder has the update.
 */
class SavedSurvivesAKillTest {

    static final String ADMIN = "00000000-0000-0000-0000-000000000003";
    static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void anUpdateTheCardCallsSavedIsThereAfterAKillNine() throws Exception {
        Path data = Files.createTempDirectory("strategy-bot-kill");
        String note = "eleven newly qualified social workers started their ASYE year " + System.nanoTime();
        try (FakeConnector connector = new FakeConnector()) {
            Process bot = start(data);
            try {
                int port = portOf(bot);
                JsonNode card = propose(port, connector, "SP4 update: " + note + ". Status green.");
                String saved = confirm(port, connector, card);
                bot.destroyForcibly();
                assertThat(saved).contains("Saved. Everyone now sees it.");
            } finally {
                bot.destroyForcibly();
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        }

        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(StrategyBotApplication.class)
                .run("--server.port=0", "--strategy-bot.data-dir=" + data, "--strategy-bot.digest.enabled=false")) {
            ActionPlan plan = again.getBean(ActionPlan.class);
            PriorityStatus sp4 = plan.status(again.getBean(StrategyCatalog.class).forConversation(null, null), "SP4").orElseThrow();
            assertThat(sp4.latest()).as("the update the card called saved").isNotNull();
            assertThat(sp4.latest().note()).contains(note);
        }
    }

    private static Process start(Path data) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StrategyBotApplication.class.getName(),
                "--server.port=0", "--strategy-bot.data-dir=" + data, "--strategy-bot.admins=" + ADMIN,
                "--strategy-bot.digest.enabled=false").redirectErrorStream(true).start();
    }

    /** Reads the child's log until Tomcat says its port, and keeps draining it so that the child never blocks. */
    private static int portOf(Process bot) throws Exception {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    log.append(line).append('\n');
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (Exception ended) {
                // the child was killed
            }
            port.completeExceptionally(new IllegalStateException("the bot did not start:\n" + log));
        }, "killed-bot-log");
        reader.setDaemon(true);
        reader.start();
        return port.get(120, TimeUnit.SECONDS);
    }

    private static JsonNode propose(int port, FakeConnector connector, String text) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), Conversation.PERSONAL, text);
        message.with("from").put("aadObjectId", ADMIN).put("id", "29:0003").put("name", "Ada Admin");
        int mark = connector.mark();
        HttpResponse<String> response = post(port, message);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        List<Call> replies = connector.awaitSince(mark, 1, Duration.ofSeconds(20));
        assertThat(replies).hasSize(1);
        return replies.get(0).body().path("attachments").path(0).path("content");
    }

    /** Presses Confirm as Action.Execute; the card that comes back in the response is what the person sees. */
    private static String confirm(int port, FakeConnector connector, JsonNode card) throws Exception {
        ObjectNode invoke = TeamsActivities.base(connector.url(), Conversation.PERSONAL, "invoke");
        invoke.with("from").put("aadObjectId", ADMIN).put("id", "29:0003").put("name", "Ada Admin");
        invoke.put("name", "adaptiveCard/action");
        ObjectNode action = invoke.putObject("value").putObject("action");
        ObjectNode data = Serialization.createObjectNode();
        data.put("strategyBot", true).put("proposalId", card.findValue("proposalId").asText()).put("verb", "confirmUpdate");
        card.findParents("id").forEach(input -> {
            if (input.path("type").asText().startsWith("Input.") && input.has("value")) {
                data.set(input.path("id").asText(), input.path("value"));
            }
        });
        action.put("type", "Action.Execute").put("verb", "confirmUpdate").set("data", data);
        HttpResponse<String> response = post(port, invoke);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FakeConnector.flatten(Serialization.jsonToTree(response.body()));
    }

    private static HttpResponse<String> post(int port, ObjectNode activity) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}

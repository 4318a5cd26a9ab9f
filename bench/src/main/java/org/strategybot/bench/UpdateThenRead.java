package org.strategybot.bench;

import static org.strategybot.bench.Report.f;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import com.microsoft.bot.schema.Serialization;

/** An admin proposes an update in chat, confirms it on the card, then asks the status: the read shows the change. */
final class UpdateThenRead {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private UpdateThenRead() {
    }

    static void run(Report report, BenchConnector connector, int port) throws Exception {
        URI messages = URI.create("http://127.0.0.1:" + port + "/api/messages");
        int rounds = 20;
        long[] confirms = new long[rounds];
        long[] reads = new long[rounds];
        int seen = 0;
        for (int i = 0; i < rounds; i++) {
            boolean amber = i % 2 == 0;
            String note = "bench round " + i + " " + (amber ? "recruitment slipped" : "recruitment back on track");
            connector.reset();
            connector.capture = true;
            post(messages, Benchmark.activity(connector.url(), "message", Benchmark.ADMIN, "Ada Admin", "\"text\":\"SP4 update: " + note
                    + ". Status " + (amber ? "amber" : "green") + ".\""));
            String proposal = connector.captured.poll();
            String proposalId = proposal == null ? null : Serialization.jsonToTree(proposal).findValue("proposalId").asText();
            String data = "{\"strategyBot\":true,\"proposalId\":\"" + proposalId + "\",\"verb\":\"confirmUpdate\"}";
            String invoke = Benchmark.activity(connector.url(), "invoke", Benchmark.ADMIN, "Ada Admin", "\"name\":\"adaptiveCard/action\","
                    + "\"value\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"confirmUpdate\",\"data\":" + data
                    + "},\"trigger\":\"manual\"}");
            long t0 = System.nanoTime();
            HttpResponse<String> saved = post(messages, invoke);
            confirms[i] = System.nanoTime() - t0;
            if (!saved.body().contains("Saved: SP4")) {
                System.out.println("Confirm did not save: " + saved.body());
            }
            connector.captured.clear();
            t0 = System.nanoTime();
            post(messages, Benchmark.message(connector.url(), "a:personal-" + UUID.randomUUID(), EndToEnd.STATUS));
            reads[i] = System.nanoTime() - t0;
            String reply = connector.captured.poll();
            // read as posted: both strings are plain ASCII without quotes, so JSON carries them verbatim inside
            // one string value, exactly where the tests' FakeConnector.flatten would find them
            String text = reply == null ? "" : reply;
            if (text.contains("SP4 status: " + (amber ? "Amber" : "Green")) && text.contains(note)) {
                seen++;
            }
            connector.capture = false;
        }
        Arrays.sort(confirms);
        Arrays.sort(reads);
        report.append("## Update then read\n\n").append(rounds).append(" rounds, alternating Amber and Green: an admin "
                + "proposes an SP4 update in chat, presses Confirm (adaptiveCard/action invoke), then asks SP4's status.\n\n"
                + "| Step | p50 ms | max ms |\n|---|---|---|\n")
                .append("| Confirm (invoke) | ").append(f(confirms[rounds / 2] / 1e6)).append(" | ")
                .append(f(confirms[rounds - 1] / 1e6)).append(" |\n")
                .append("| Status read after it | ").append(f(reads[rounds / 2] / 1e6)).append(" | ")
                .append(f(reads[rounds - 1] / 1e6)).append(" |\n\n")
                .append("Reads showing the new RAG and note: ").append(seen).append(" of ").append(rounds).append(".\n\n");
        report.verdict("The read after a confirmed update shows it", seen == rounds, seen + " of " + rounds);
        System.out.printf("update then read: %d of %d seen%n", seen, rounds);
    }

    private static HttpResponse<String> post(URI uri, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package org.strategybot.bench;

import static org.strategybot.bench.Report.f;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;
import org.strategybot.access.Person;
import org.strategybot.digest.Conversation;
import org.strategybot.digest.Digests;

/** The digest to many subscribed channels at the send rate, the connector throttling as Teams does. */
final class Fanout {

    static final int SEND_RATE = 50;
    static final int CHANNELS = 1000;

    private Fanout() {
    }

    static void run(Report report, ConfigurableApplicationContext app, BenchConnector connector) {
        report.append("## Digest fan-out\n\n").append(CHANNELS).append(" subscribed channels per run; send-rate ").append(SEND_RATE)
                .append("/s; the connector refuses with 429 + Retry-After: 1 any post beyond ").append(SEND_RATE)
                .append(" in a wall-clock second, and every 20th post with 429 + Retry-After: 0.5. Run twice: the connector "
                        + "answering at once, and after 100 ms (a real connector is a network round trip away).\n\n")
                .append("| Connector latency | Wall s | Bound s (1000/R) | Ratio | Sent | Refused (429) | Duplicates | Losses |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        once(report, app, connector, "fan", 0);
        once(report, app, connector, "slow", 100);
        report.append('\n');
    }

    private static void once(Report report, ConfigurableApplicationContext app, BenchConnector connector, String prefix, int latency) {
        Digests digests = app.getBean(Digests.class);
        Person admin = new Person(Benchmark.ADMIN, "Ada Admin");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CHANNELS; i++) {
            String id = "19:" + prefix + i + "@thread.tacv2";
            ids.add(id);
            String reference = "{\"bot\":{\"id\":\"28:strategy-bot\"},\"conversation\":{\"id\":\"" + id + "\",\"tenantId\":\""
                    + Benchmark.TENANT + "\",\"conversationType\":\"channel\"},\"channelId\":\"msteams\",\"serviceUrl\":\""
                    + connector.url() + "\"}";
            digests.subscribe(new Conversation(id, Benchmark.TENANT, "channel", prefix + i, reference), admin, latency == 0 ? DayOfWeek.MONDAY : DayOfWeek.TUESDAY,
                    LocalTime.of(9, 0));
        }
        connector.reset();
        connector.perSecond = SEND_RATE;
        connector.throttleEvery = 20;
        connector.latencyMillis = latency;
        long t0 = System.nanoTime();
        int sent;
        try {
            sent = digests.runAt(Instant.parse(latency == 0 ? "2026-12-07T09:01:00Z" : "2026-12-08T09:01:00Z"));
        } finally {
            connector.perSecond = 0;
            connector.throttleEvery = 0;
            connector.latencyMillis = 0;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long duplicates = ids.stream().mapToInt(id -> count(connector, id)).filter(n -> n > 1).count();
        long lost = ids.stream().mapToInt(id -> count(connector, id)).filter(n -> n == 0).count();
        double bound = (double) CHANNELS / SEND_RATE;
        report.append("| ").append(latency).append(" ms | ").append(f(wall)).append(" | ").append(f(bound)).append(" | ")
                .append(f(wall / bound)).append(" | ").append(sent).append(" | ").append(connector.refused.get()).append(" | ")
                .append(duplicates).append(" | ").append(lost).append(" |\n");
        report.verdict("Digest fan-out ≤ 1.2× bound, 0 duplicates, 0 losses (connector latency " + latency + " ms)",
                wall / bound <= 1.2 && duplicates == 0 && lost == 0, f(wall / bound) + "× (" + f(wall) + " s vs " + f(bound)
                        + " s), " + duplicates + " duplicates, " + lost + " losses");
        System.out.printf("fan-out (" + latency + " ms) %.1f s vs %.1f s, %d dup, %d lost, %d refused%n", wall, bound, duplicates, lost,
                connector.refused.get());
    }

    private static int count(BenchConnector connector, String id) {
        AtomicInteger n = connector.perConversation.get(id);
        return n == null ? 0 : n.get();
    }
}

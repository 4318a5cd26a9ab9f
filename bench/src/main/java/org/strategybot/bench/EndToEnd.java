package org.strategybot.bench;

import static org.strategybot.bench.Report.f;
import static org.strategybot.bench.Report.pct;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.strategybot.ask.Answers;
import org.strategybot.ask.Asker;
import org.strategybot.access.Person;

/**
 * The status question end to end, as a share of the fixed-reply bot (the SDK doing nothing but reply: the fair
 * ceiling) and of the trivial endpoint; and, apart, what conversation context costs.
 */
final class EndToEnd {

    static final int[] CONCURRENCY = {1, 4, 16};
    static final Duration LEVEL_TIME = Duration.ofSeconds(6);
    static final String STATUS = "what's SP4's status?";
    static final String FOLLOW_UP = "and SP5?";
    static final Duration WARM_UP_LIMIT = Duration.ofSeconds(180);

    private final Report report;
    private final BenchConnector connector;
    private final URI messages;
    private final URI trivial;
    private final URI fixed;
    private final URI relay;
    private String warmUp = "none";

    EndToEnd(Report report, BenchConnector connector, int port) {
        this.report = report;
        this.connector = connector;
        this.messages = URI.create("http://127.0.0.1:" + port + "/api/messages");
        this.trivial = URI.create("http://127.0.0.1:" + port + "/bench/trivial");
        this.fixed = URI.create("http://127.0.0.1:" + port + "/bench/fixed-reply");
        this.relay = URI.create("http://127.0.0.1:" + port + "/bench/relay");
    }

    private Supplier<String> newConversations() {
        return () -> Benchmark.message(connector.url(), "a:personal-" + UUID.randomUUID(), STATUS);
    }

    /** Each client keeps one conversation, asking the status and then the follow-up that leans on it, in turn. */
    private Supplier<String> ongoing() {
        ThreadLocal<String> conversation = ThreadLocal.withInitial(() -> "a:personal-" + UUID.randomUUID());
        ThreadLocal<int[]> turn = ThreadLocal.withInitial(() -> new int[1]);
        return () -> Benchmark.message(connector.url(), conversation.get(), turn.get()[0]++ % 2 == 0 ? STATUS : FOLLOW_UP);
    }

    /**
     * Until the JIT has settled: rounds of every endpoint until a round adds less than 2% of its time in compilation
     * (at most {@link #WARM_UP_LIMIT}). A fixed few seconds left the status path, which runs far more code than a fixed
     * reply, still being compiled during the first measured level; on 2 cores the JIT was still compiling 43% of the
     * time after 90 s and settled after about 130 s (CompilationMXBean, sampled every 10 s under this load).
     */
    void warmUp() throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long compiled = jit.getTotalCompilationTime();
        int rounds = 0;
        double share;
        do {
            long roundStart = System.nanoTime();
            Load.run(messages, newConversations(), 4, Duration.ofSeconds(4));
            Load.run(messages, ongoing(), 4, Duration.ofSeconds(2));
            Load.run(trivial, newConversations(), 4, Duration.ofSeconds(1));
            Load.run(fixed, newConversations(), 4, Duration.ofSeconds(2));
            Load.run(relay, newConversations(), 4, Duration.ofSeconds(1));
            long now = jit.getTotalCompilationTime();
            share = (now - compiled) / ((System.nanoTime() - roundStart) / 1e6);
            compiled = now;
            rounds++;
        } while (share >= 0.02 && System.nanoTime() - start < WARM_UP_LIMIT.toNanos());
        warmUp = String.format("%d rounds, %.0f s, JIT %.1f%% of the last round", rounds, (System.nanoTime() - start) / 1e9,
                share * 100);
        System.out.println("warm-up: " + warmUp);
    }

    void status() throws Exception {
        report.append("## Status question end to end\n\n\"" + STATUS + "\" as a Teams personal-chat message (a new conversation "
                + "each time) POSTed to /api/messages by N closed-loop clients (java.net.http, HTTP/1.1), the turn replying to the "
                + "loopback connector before the POST returns. The same body goes to the trivial endpoint (a fixed reply in its "
                + "response), the relay (one fixed text POSTed to the connector with the JDK's HTTP client: the second HTTP "
                + "exchange alone) and the fixed-reply bot (the SDK's adapter and a handler that sends one fixed text: the "
                + "ceiling of a bot on this SDK). After warm-up until the JIT settled (" + warmUp + "), " + LEVEL_TIME.toSeconds()
                + " s per endpoint and level; status and the fixed-reply bot run twice each, in turn, and each row sums "
                + "both runs.\n\n"
                + "| Clients | Endpoint | Requests | Req/s | p50 ms | p95 ms | p99 ms | Errors | Replies at connector |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        List<String> shares = new ArrayList<>();
        List<String> latencies = new ArrayList<>();
        boolean shareMet = true;
        boolean latencyMet = true;
        for (int clients : CONCURRENCY) {
            Load t = Load.run(trivial, newConversations(), clients, LEVEL_TIME);
            row(clients, "trivial", t, "-");
            // status and the fixed-reply bot twice each, in turn, so that a drift of the machine falls on both
            Run status = run(messages, clients);
            Run bot = run(fixed, clients);
            status = status.and(run(messages, clients));
            bot = bot.and(run(fixed, clients));
            Run relayed = run(relay, clients);
            row(clients, "status", status.load(), String.valueOf(status.replies()));
            row(clients, "fixed-reply bot", bot.load(), String.valueOf(bot.replies()));
            row(clients, "relay", relayed.load(), String.valueOf(relayed.replies()));
            Load s = status.load();
            Load b = bot.load();
            Load r = relayed.load();
            double ofFixed = s.throughput() / b.throughput();
            ratioRow(clients, "status / fixed-reply bot", ofFixed);
            ratioRow(clients, "status / trivial", s.throughput() / t.throughput());
            ratioRow(clients, "fixed-reply bot / trivial", b.throughput() / t.throughput());
            ratioRow(clients, "relay / trivial", r.throughput() / t.throughput());
            shareMet &= ofFixed >= 0.8 && s.failures() == 0;
            latencyMet &= s.p(0.99) <= 25;
            shares.add(clients + ": " + pct(ofFixed));
            latencies.add(clients + ": " + f(s.p(0.99)) + " ms");
        }
        report.append('\n');
        report.verdict("Status ≥ 80% of the fixed-reply bot's throughput at 1, 4 and 16 clients", shareMet,
                String.join("; ", shares));
        report.verdict("Status p99 ≤ 25 ms at 1, 4 and 16 clients", latencyMet, String.join("; ", latencies));
    }

    /**
     * Follow-ups ("and SP5?" after "what's SP4's status?" in the same conversation) read what the conversation was
     * about and write what it is about now; the status question in a new conversation only writes. Both end to end,
     * and in-process without the SDK and HTTP.
     */
    void context(Answers answers) throws Exception {
        report.append("## Conversation context\n\nEnd to end as above: the status question, each in a new conversation (what "
                + "the conversation is about is written, never read), against clients that each keep one conversation and "
                + "alternate the status question with the follow-up \"" + FOLLOW_UP + "\" (every other message reads it too).\n\n"
                + "| Clients | Messages | Req/s | p50 ms | p99 ms | Errors | Ongoing / new conversations |\n|---|---|---|---|---|---|---|\n");
        for (int clients : CONCURRENCY) {
            Load fresh = Load.run(messages, newConversations(), clients, LEVEL_TIME);
            Load ongoing = Load.run(messages, ongoing(), clients, LEVEL_TIME);
            report.row(clients, "new conversations", f(fresh.throughput()), f(fresh.p(0.5)), f(fresh.p(0.99)), fresh.failures(), "");
            report.row(clients, "ongoing, with follow-ups", f(ongoing.throughput()), f(ongoing.p(0.5)), f(ongoing.p(0.99)),
                    ongoing.failures(), pct(ongoing.throughput() / fresh.throughput()));
        }
        Person person = new Person("00000000-0000-0000-0000-000000000001", "Sam Staff");
        double none = InProcess.perCall(() -> answers.ask(STATUS, Asker.anonymous(Benchmark.TENANT)), null, 3000, 20_000);
        double remembered = InProcess.perCall(() -> answers.ask(STATUS, asker(person, "msteams|a:personal-" + UUID.randomUUID())),
                null, 3000, 20_000);
        String thread = "msteams|a:personal-" + UUID.randomUUID();
        double followUp = InProcess.perCall(() -> {
            answers.ask(STATUS, asker(person, thread));
            answers.ask(FOLLOW_UP, asker(person, thread));
        }, null, 1500, 10_000) / 2;
        report.append("\nIn-process, `Answers.ask` after warm-up (no SDK, no HTTP):\n\n| Message | µs per answer |\n|---|---|\n");
        report.row("status, no conversation (nothing remembered)", f(none * 1000));
        report.row("status, a new conversation each time (remembered)", f(remembered * 1000));
        report.row("status and its follow-up in turn, one conversation (recalled and remembered)", f(followUp * 1000));
        report.append('\n');
        System.out.printf("context in-process: none %.1f µs, remembered %.1f µs, follow-ups %.1f µs%n", none * 1000,
                remembered * 1000, followUp * 1000);
    }

    private static Asker asker(Person person, String thread) {
        return new Asker(Benchmark.TENANT, person, null, List::of, null, thread);
    }

    /** A run of an endpoint at one level, and the replies the connector accepted meanwhile. */
    private record Run(Load load, int replies) {
        Run and(Run other) {
            return new Run(load.and(other.load), replies + other.replies);
        }
    }

    private Run run(URI uri, int clients) throws Exception {
        connector.reset();
        Load l = Load.run(uri, newConversations(), clients, LEVEL_TIME);
        return new Run(l, connector.accepted.get());
    }

    private void ratioRow(int clients, String label, double ratio) {
        report.row(clients, label, "", pct(ratio), "", "", "", "", "");
    }

    private void row(int clients, String endpoint, Load l, String replies) {
        report.row(clients, endpoint, l.requests(), f(l.throughput()), f(l.p(0.5)), f(l.p(0.95)), f(l.p(0.99)), l.failures(),
                replies);
        System.out.printf("%3d clients %-16s %6d req %8.1f req/s p50 %6.2f p95 %6.2f p99 %6.2f ms, %d errors%n", clients,
                endpoint, l.requests(), l.throughput(), l.p(0.5), l.p(0.95), l.p(0.99), l.failures());
    }
}

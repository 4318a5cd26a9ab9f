package org.strategybot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.strategybot.StrategyBotApplication;
import org.strategybot.access.Person;
import org.strategybot.actions.Action;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Change;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.ask.Answers;
import org.strategybot.ask.Asker;
import org.strategybot.digest.Conversation;
import org.strategybot.digest.Digests;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

import com.microsoft.bot.schema.Serialization;

/**
 * Issue 8: starts the real application in this JVM on the embedded store, with a loopback Bot Connector, and
 * measures status answers end to end against a trivial endpoint, cached against uncached answers, update then
 * read, the digest fan-out under Teams-like throttling, footprint, and scale. Loopback only; every loop is
 * bounded by a count or a time. Writes target/bench/results.md.
 */
public final class Benchmark {

    static final String TENANT = "72f988bf-0000-4000-8000-00000000beef";
    static final String ADMIN = "00000000-0000-0000-0000-000000000003";
    static final String API_KEY = "bench-key-not-a-secret";
    static final int[] CONCURRENCY = {1, 4, 16};
    static final Duration LEVEL_TIME = Duration.ofSeconds(6);
    static final int SEND_RATE = 50;
    static final int CHANNELS = 1000;

    private final StringBuilder md = new StringBuilder();
    private final Map<String, String> verdicts = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int exit = 0;
        try {
            new Benchmark().run(Path.of(args.length > 0 ? args[0] : "target/strategy-bot-0.1.0-SNAPSHOT.jar"));
        } catch (Throwable t) {
            t.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    void run(Path jar) throws Exception {
        md.append("# strategy-bot benchmark\n\n").append("Run ").append(Instant.now()).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB.\n\n");

        // 5a first, while nothing else runs: cold start of the packaged jar in its own JVM
        Footprint cold = !System.getProperty("bench.only", "").isEmpty() ? null : coldStart(jar);

        try (BenchConnector connector = new BenchConnector()) {
            Path dataDir = Files.createTempDirectory("strategy-bot-bench");
            ConfigurableApplicationContext app = new SpringApplicationBuilder(StrategyBotApplication.class)
                    .profiles("bench")
                    // command-line arguments, which win over application.yml (builder properties would not)
                    .run("--server.port=0",
                            "--strategy-bot.data-dir=" + dataDir,
                            "--strategy-bot.admins=" + ADMIN,
                            "--strategy-bot.api-keys=" + API_KEY,
                            "--strategy-bot.digest.enabled=false",
                            "--strategy-bot.digest.send-rate=" + SEND_RATE,
                            "--strategy-bot.digest.max-attempts=8");
            try {
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                String only = System.getProperty("bench.only", "");
                if (only.isEmpty() || only.contains("1")) {
                    endToEnd(connector, port);
                }
                if (!only.isEmpty()) {
                    // one section alone, for profiling
                    if (only.contains("4")) {
                        fanout(app, connector);
                    }
                    if (only.contains("6")) {
                        scale(app);
                    }
                    return;
                }
                cachedVsUncached(app);
                updateThenRead(connector, port);
                fanout(app, connector);
                footprint(cold, jar, connector);
                scale(app);
            } finally {
                app.close();
            }
        }
        md.append("\n## Targets\n\n| Target | Result |\n|---|---|\n");
        verdicts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Path out = Path.of("target/bench/results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("\n" + md);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    // ---- 1. status question end to end against the trivial endpoint ----

    record Load(int clients, int requests, double seconds, long[] nanos, int failures) {
        double throughput() {
            return requests / seconds;
        }

        double p(double q) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }
    }

    private void endToEnd(BenchConnector connector, int port) throws Exception {
        URI messages = URI.create("http://127.0.0.1:" + port + "/api/messages");
        URI trivial = URI.create("http://127.0.0.1:" + port + "/bench/trivial");
        URI fixed = URI.create("http://127.0.0.1:" + port + "/bench/fixed-reply");
        URI relay = URI.create("http://127.0.0.1:" + port + "/bench/relay");
        Supplier<String> status = () -> statusActivity(connector.url());
        // warm-up: JIT, connection pools, the status cache
        load(messages, status, 4, Duration.ofSeconds(8));
        load(trivial, status, 4, Duration.ofSeconds(4));
        load(fixed, status, 4, Duration.ofSeconds(4));
        load(relay, status, 4, Duration.ofSeconds(4));

        md.append("## 1. Status question end to end\n\n\"what's SP4's status?\" as a Teams personal-chat message POSTed to "
                + "/api/messages by N closed-loop clients (java.net.http, HTTP/1.1), the turn replying to the loopback "
                + "connector before the POST returns; the trivial endpoint gets the same body on the same server and "
                + "returns a fixed reply in its response; the fixed-reply bot (the SDK's adapter and a handler that "
                + "sends one fixed text) shows what the Bot Framework protocol itself costs here, and the relay (one fixed "
                + "text POSTed to the connector with the JDK's HTTP client, no SDK) what its second HTTP exchange alone "
                + "costs. "
                + LEVEL_TIME.toSeconds() + " s per level after warm-up.\n\n"
                + "| Clients | Endpoint | Requests | Req/s | p50 ms | p95 ms | p99 ms | Errors | Replies at connector |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        boolean met = false;
        List<String> notes = new ArrayList<>();
        for (int clients : CONCURRENCY) {
            Load t = load(trivial, status, clients, LEVEL_TIME);
            row(clients, "trivial", t, "-");
            connector.reset();
            Load s = load(messages, status, clients, LEVEL_TIME);
            int replies = connector.accepted.get();
            row(clients, "status", s, String.valueOf(replies));
            connector.reset();
            Load b = load(fixed, status, clients, LEVEL_TIME);
            row(clients, "fixed-reply bot", b, String.valueOf(connector.accepted.get()));
            connector.reset();
            Load r = load(relay, status, clients, LEVEL_TIME);
            row(clients, "relay", r, String.valueOf(connector.accepted.get()));
            double ratio = s.throughput() / t.throughput();
            ratioRow(clients, "status/trivial", ratio);
            ratioRow(clients, "status/fixed-reply bot", s.throughput() / b.throughput());
            ratioRow(clients, "fixed-reply bot/trivial", b.throughput() / t.throughput());
            ratioRow(clients, "relay/trivial", r.throughput() / t.throughput());
            if (t.p(0.99) <= 10) {
                boolean ok = s.p(0.99) <= 25 && ratio >= 0.5 && replies == s.requests() && s.failures() == 0;
                notes.add(clients + " clients: trivial p99 " + f(t.p(0.99)) + " ms, status p99 " + f(s.p(0.99))
                        + " ms, throughput " + pct(ratio) + " of trivial" + (ok ? "" : " (missed)"));
                met |= ok;
            } else {
                notes.add(clients + " clients: trivial p99 " + f(t.p(0.99)) + " ms > 10 ms, not a qualifying level");
            }
        }
        verdicts.put("Status p99 ≤ 25 ms where trivial p99 ≤ 10 ms, throughput ≥ 50% of trivial",
                (met ? "met" : "MISSED") + ": " + String.join("; ", notes));
        md.append('\n');
    }

    private void ratioRow(int clients, String label, double ratio) {
        md.append("| ").append(clients).append(" | ").append(label).append(" | | ").append(pct(ratio)).append(" | | | | | |\n");
    }

    private void row(int clients, String endpoint, Load l, String replies) {
        md.append("| ").append(clients).append(" | ").append(endpoint).append(" | ").append(l.requests()).append(" | ")
                .append(f(l.throughput())).append(" | ").append(f(l.p(0.5))).append(" | ").append(f(l.p(0.95)))
                .append(" | ").append(f(l.p(0.99))).append(" | ").append(l.failures()).append(" | ").append(replies)
                .append(" |\n");
        System.out.printf("%3d clients %-8s %6d req %8.1f req/s p50 %6.2f p95 %6.2f p99 %6.2f ms, %d errors%n", clients,
                endpoint, l.requests(), l.throughput(), l.p(0.5), l.p(0.95), l.p(0.99), l.failures());
    }

    /** N clients, each sending one request after another, until the time is up (and at most 200,000 each). */
    Load load(URI uri, Supplier<String> body, int clients, Duration time) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        long end = start + time.toNanos();
        AtomicInteger failures = new AtomicInteger();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long[] own = new long[1024];
                int n = 0;
                while (System.nanoTime() < end && n < 200_000) {
                    HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body.get())).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - t0;
                    if (response.statusCode() / 100 != 2) {
                        failures.incrementAndGet();
                    }
                    if (n == own.length) {
                        own = Arrays.copyOf(own, n * 2);
                    }
                    own[n++] = took;
                }
                return Arrays.copyOf(own, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> r : results) {
            all.add(r.get(time.toSeconds() + 60, TimeUnit.SECONDS));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Load(clients, nanos.length, seconds, nanos, failures.get());
    }

    static String statusActivity(String serviceUrl) {
        return activity(serviceUrl, "message", "00000000-0000-0000-0000-000000000001", "Sam Staff",
                "\"text\":\"what's SP4's status?\"");
    }

    static String activity(String serviceUrl, String type, String aad, String name, String extra) {
        return "{\"type\":\"" + type + "\",\"id\":\"" + UUID.randomUUID() + "\",\"timestamp\":\"2026-11-23T10:00:00.000Z\","
                + "\"serviceUrl\":\"" + serviceUrl + "\",\"channelId\":\"msteams\",\"locale\":\"en-GB\","
                + "\"from\":{\"id\":\"29:" + aad.substring(aad.length() - 4) + "\",\"name\":\"" + name
                + "\",\"aadObjectId\":\"" + aad + "\"},\"recipient\":{\"id\":\"28:strategy-bot\",\"name\":\"StrategyBot\"},"
                + "\"conversation\":{\"id\":\"a:personal-" + UUID.randomUUID() + "\",\"conversationType\":\"personal\","
                + "\"tenantId\":\"" + TENANT + "\"},\"channelData\":{\"tenant\":{\"id\":\"" + TENANT + "\"}}," + extra + "}";
    }

    // ---- 2. cached vs uncached, in-process ----

    private void cachedVsUncached(ConfigurableApplicationContext app) {
        Answers answers = app.getBean(Answers.class);
        Cache cache = app.getBean(CacheManager.class).getCache("status");
        double cached = perCall(() -> answers.ask("what's SP4's status?", Asker.anonymous(null)), null, 3000, 20_000);
        double uncached = perCall(() -> answers.ask("what's SP4's status?", Asker.anonymous(null)), cache::clear, 300, 2000);
        md.append("## 2. Cached vs uncached (in-process)\n\n`Answers.ask(\"what's SP4's status?\")` in a loop after warm-up; "
                + "uncached clears the status cache before each call.\n\n| Cache | µs per answer |\n|---|---|\n")
                .append("| on | ").append(f(cached * 1000)).append(" |\n| off | ").append(f(uncached * 1000))
                .append(" |\n| ratio | ").append(f(uncached / cached)).append("× |\n\n");
        verdicts.put("Cached ≥ 5× faster than uncached", (uncached / cached >= 5 ? "met" : "MISSED") + ": "
                + f(uncached / cached) + "× (" + f(cached * 1000) + " µs vs " + f(uncached * 1000) + " µs)");
        System.out.printf("cached %.1f µs, uncached %.1f µs%n", cached * 1000, uncached * 1000);
    }

    /** Mean milliseconds per call over {@code n} calls after {@code warm} warm-up calls. */
    static double perCall(Runnable call, Runnable before, int warm, int n) {
        for (int i = 0; i < warm; i++) {
            if (before != null) {
                before.run();
            }
            call.run();
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (before != null) {
                before.run();
            }
            long t0 = System.nanoTime();
            call.run();
            total += System.nanoTime() - t0;
        }
        return total / 1e6 / n;
    }

    // ---- 3. update then read ----

    private void updateThenRead(BenchConnector connector, int port) throws Exception {
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
            post(messages, activity(connector.url(), "message", ADMIN, "Ada Admin", "\"text\":\"SP4 update: " + note
                    + ". Status " + (amber ? "amber" : "green") + ".\""));
            String proposal = connector.captured.poll();
            String proposalId = proposal == null ? null : Serialization.jsonToTree(proposal).findValue("proposalId").asText();
            String data = "{\"strategyBot\":true,\"proposalId\":\"" + proposalId + "\",\"verb\":\"confirmUpdate\"}";
            String invoke = activity(connector.url(), "invoke", ADMIN, "Ada Admin", "\"name\":\"adaptiveCard/action\","
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
            post(messages, statusActivity(connector.url()));
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
        md.append("## 3. Update then read\n\n").append(rounds).append(" rounds, alternating Amber and Green: an admin "
                + "proposes an SP4 update in chat, presses Confirm (adaptiveCard/action invoke), then asks SP4's status.\n\n"
                + "| Step | p50 ms | max ms |\n|---|---|---|\n")
                .append("| Confirm (invoke) | ").append(f(confirms[rounds / 2] / 1e6)).append(" | ")
                .append(f(confirms[rounds - 1] / 1e6)).append(" |\n")
                .append("| Status read after it | ").append(f(reads[rounds / 2] / 1e6)).append(" | ")
                .append(f(reads[rounds - 1] / 1e6)).append(" |\n\n")
                .append("Reads showing the new RAG and note: ").append(seen).append(" of ").append(rounds).append(".\n\n");
        verdicts.put("The read after a confirmed update shows it", (seen == rounds ? "met" : "MISSED") + ": " + seen
                + " of " + rounds);
        System.out.printf("update then read: %d of %d seen%n", seen, rounds);
    }

    private HttpResponse<String> post(URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---- 4. digest fan-out ----

    private void fanout(ConfigurableApplicationContext app, BenchConnector connector) {
        md.append("## 4. Digest fan-out\n\n").append(CHANNELS).append(" subscribed channels per run; send-rate ").append(SEND_RATE)
                .append("/s; the connector refuses with 429 + Retry-After: 1 any post beyond ").append(SEND_RATE)
                .append(" in a wall-clock second, and every 20th post with 429 + Retry-After: 0.5. Run twice: the connector "
                        + "answering at once, and after 100 ms (a real connector is a network round trip away).\n\n")
                .append("| Connector latency | Wall s | Bound s (1000/R) | Ratio | Sent | Refused (429) | Duplicates | Losses |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        fanoutRun(app, connector, "fan", 0);
        fanoutRun(app, connector, "slow", 100);
        md.append('\n');
    }

    private void fanoutRun(ConfigurableApplicationContext app, BenchConnector connector, String prefix, int latency) {
        Digests digests = app.getBean(Digests.class);
        Person admin = new Person(ADMIN, "Ada Admin");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CHANNELS; i++) {
            String id = "19:" + prefix + i + "@thread.tacv2";
            ids.add(id);
            String reference = "{\"bot\":{\"id\":\"28:strategy-bot\"},\"conversation\":{\"id\":\"" + id + "\",\"tenantId\":\""
                    + TENANT + "\",\"conversationType\":\"channel\"},\"channelId\":\"msteams\",\"serviceUrl\":\""
                    + connector.url() + "\"}";
            digests.subscribe(new Conversation(id, TENANT, "channel", prefix + i, reference), admin, latency == 0 ? DayOfWeek.MONDAY : DayOfWeek.TUESDAY,
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
        md.append("| ").append(latency).append(" ms | ").append(f(wall)).append(" | ").append(f(bound)).append(" | ")
                .append(f(wall / bound)).append(" | ").append(sent).append(" | ").append(connector.refused.get()).append(" | ")
                .append(duplicates).append(" | ").append(lost).append(" |\n");
        verdicts.put("Digest fan-out ≤ 1.2× bound, 0 duplicates, 0 losses (connector latency " + latency + " ms)",
                (wall / bound <= 1.2 && duplicates == 0 && lost == 0 ? "met" : "MISSED") + ": " + f(wall / bound) + "× ("
                        + f(wall) + " s vs " + f(bound) + " s), " + duplicates + " duplicates, " + lost + " losses");
        System.out.printf("fan-out (" + latency + " ms) %.1f s vs %.1f s, %d dup, %d lost, %d refused%n", wall, bound, duplicates, lost,
                connector.refused.get());
    }

    private static int count(BenchConnector connector, String id) {
        AtomicInteger n = connector.perConversation.get(id);
        return n == null ? 0 : n.get();
    }

    // ---- 5. footprint ----

    record Footprint(double coldStartSeconds, String detail) {
    }

    /**
     * Three cold starts each of the packaged jar as built ({@code java -jar}) and of the layout the container image
     * runs (deploy/Dockerfile: Spring Boot's extracted jar with a class-data-sharing archive from a training start),
     * alternating so that neither gets the quieter machine. The target is judged on the slower median.
     */
    private Footprint coldStart(Path jar) throws Exception {
        if (!Files.exists(jar)) {
            return new Footprint(Double.NaN, "no jar at " + jar);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("strategy-bot-cold");
        Path extracted = work.resolve("extracted");
        Path jsa = work.resolve("strategy-bot.jsa");
        Path layoutJar = extracted.resolve(jar.getFileName());
        runToEnd(work, java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString());
        runToEnd(work, java, "-XX:ArchiveClassesAtExit=" + jsa, "-Dspring.context.exit=onRefresh", "-jar",
                layoutJar.toString(), "--strategy-bot.data-dir=" + work.resolve("training"));
        List<Double> fat = new ArrayList<>();
        List<Double> layout = new ArrayList<>();
        long rss = 0;
        for (int i = 0; i < 3; i++) {
            Start plain = startOnce(work, java, "-jar", jar.toString());
            Start image = startOnce(work, java, "-XX:SharedArchiveFile=" + jsa, "-jar", layoutJar.toString());
            fat.add(plain.seconds());
            layout.add(image.seconds());
            rss = Math.max(rss, Math.max(plain.rssKb(), image.rssKb()));
        }
        double worst = Math.max(median(fat), median(layout));
        String detail = "java -jar: " + range(fat) + "; the image's layout (extracted, CDS): " + range(layout)
                + "; RSS when healthy up to " + (rss >> 10) + " MB";
        System.out.println("cold start " + detail);
        return new Footprint(worst, detail);
    }

    record Start(double seconds, long rssKb) {
    }

    /** From launch to /actuator/health UP on a fresh data folder, and the RSS then; the process is stopped after. */
    private Start startOnce(Path work, String... command) throws Exception {
        Path dataDir = Files.createTempDirectory(work, "data");
        int port = freePort();
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--server.port=" + port, "--strategy-bot.data-dir=" + dataDir,
                "--strategy-bot.digest.enabled=false", "--strategy-bot.api-keys=" + API_KEY));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile()).start();
        try {
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            long deadline = t0 + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && p.isAlive()) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        return new Start((System.nanoTime() - t0) / 1e9, rssKb(p.pid()));
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            return new Start(Double.NaN, 0);
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static void runToEnd(Path work, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile(work, "step", ".log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String range(List<Double> values) {
        return "median " + f(median(values)) + " s (" + String.join(", ", values.stream().map(Benchmark::f).toList()) + ")";
    }

    private void footprint(Footprint cold, Path jar, BenchConnector connector) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed() >> 20;
        long rss = rssKb(ProcessHandle.current().pid()) >> 10;
        // the packaged jar alone, after the same status load, for its own heap and RSS
        String jarAfterLoad = jarUnderLoad(jar, connector);
        md.append("## 5. Footprint\n\n| Measure | Value |\n|---|---|\n")
                .append("| Cold start to /actuator/health UP (fresh data folder, 3 starts each) | ")
                .append(cold.detail()).append(" |\n")
                .append("| Heap used after the load and a GC (benchmark JVM: app + clients + connector) | ").append(heap)
                .append(" MB |\n| RSS of the benchmark JVM after the load | ").append(rss).append(" MB |\n")
                .append("| The jar alone after 20 s of status load at 4 clients | ").append(jarAfterLoad).append(" |\n\n");
        verdicts.put("Cold start ≤ 10 s (the slower median of the jar and the image's layout)",
                (cold.coldStartSeconds() <= 10 ? "met" : "MISSED") + ": " + f(cold.coldStartSeconds()) + " s");
        verdicts.put("Heap after load ≤ 256 MB", (heap <= 256 ? "met" : "MISSED") + ": " + heap + " MB in-process; jar alone: "
                + jarAfterLoad);
        System.out.printf("heap %d MB, RSS %d MB; jar: %s%n", heap, rss, jarAfterLoad);
    }

    private String jarUnderLoad(Path jar, BenchConnector connector) throws Exception {
        if (!Files.exists(jar)) {
            return "no jar";
        }
        Path dataDir = Files.createTempDirectory("strategy-bot-load");
        int port = freePort();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port,
                "--strategy-bot.data-dir=" + dataDir, "--strategy-bot.digest.enabled=false",
                "--strategy-bot.api-keys=" + API_KEY)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile()).start();
        try {
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            boolean up = false;
            while (!up && System.nanoTime() < deadline && p.isAlive()) {
                try {
                    up = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
            if (!up) {
                return "did not start";
            }
            Load l = load(URI.create("http://127.0.0.1:" + port + "/api/messages"), () -> statusActivity(connector.url()),
                    4, Duration.ofSeconds(20));
            String heap = run("jcmd", String.valueOf(p.pid()), "GC.run") == null ? "?" : heapUsed(p.pid());
            long rss = rssKb(p.pid()) >> 10;
            return heap + " heap used after GC, RSS " + rss + " MB (" + l.requests() + " requests, p99 " + f(l.p(0.99))
                    + " ms)";
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String heapUsed(long pid) throws Exception {
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        if (info == null) {
            return "?";
        }
        Matcher m = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(info);
        return m.find() ? (Long.parseLong(m.group(1)) >> 10) + " MB" : "?";
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    // ---- 6. scale ----

    /**
     * The two ways a store grows, apart and together: years of updates on the same plan, and a plan with many
     * more actions (each with three years of monthly updates, as before).
     */
    private void scale(ConfigurableApplicationContext app) {
        MongoOperations mongo = app.getBean(MongoOperations.class);
        Strategy strategy = app.getBean(StrategyCatalog.class).defaultStrategy();
        List<Action> base = mongo.findAll(Action.class).stream().filter(a -> strategy.id().equals(a.strategyId())).toList();
        long baseUpdates = mongo.count(new org.springframework.data.mongodb.core.query.Query(), ProgressUpdate.class);
        md.append("## 6. Scale\n\nThe shipped plan (×1: ").append(base.size()).append(" actions, ").append(baseUpdates)
                .append(" updates in the store after the runs above), grown two ways, each inserted directly into the store "
                + "as the application's own writes would leave it. *Status after a change*: the status question asked right "
                + "after an update to SP4.1 was applied (what people see; the change recomputed the status before it "
                + "returned). *Update applied*: that update, store write and recomputation. *Computed afresh*: the status "
                + "question with the cache cleared first (what the first question about a plan after a start would cost "
                + "if the start had not computed it).\n\n"
                + "| Data | Actions | Updates | Status after a change ms | Status cached µs | Update applied ms "
                + "| Computed afresh ms | Digest composition ms |\n|---|---|---|---|---|---|---|---|\n");
        double first = measure(app, "×1", strategy);
        double worstHistory = 1;
        for (int factor : new int[] {10, 100}) {
            // years of updates: the same actions, the history ×factor (what a long-running plan accumulates)
            insertHistory(mongo, strategy, base, (int) (baseUpdates * factor - currentUpdates(mongo)));
            worstHistory = Math.max(worstHistory, measure(app, "×" + factor + " updates", strategy) / first);
        }
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("author").is("History generator")), ProgressUpdate.class);
        double worstBoth = 1;
        int generated = 0;
        for (int factor : new int[] {10, 100}) {
            generated += insertActions(mongo, strategy, base, generated, base.size() * factor - base.size() - generated);
            worstBoth = Math.max(worstBoth, measure(app, "×" + factor + " actions and updates", strategy) / first);
        }
        md.append('\n');
        verdicts.put("Status latency within 2× from ×1 to ×100 years of updates (asked right after a change)",
                (worstHistory <= 2 ? "met" : "MISSED") + ": worst " + f(worstHistory) + "× of ×1");
        verdicts.put("Status latency within 2× from ×1 to ×100 actions and updates (asked right after a change)",
                (worstBoth <= 2 ? "met" : "MISSED") + ": worst " + f(worstBoth) + "× of ×1");
    }

    private static long currentUpdates(MongoOperations mongo) {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), ProgressUpdate.class);
    }

    /** Older updates spread over the shipped actions: history before the trend window, which items do not keep. */
    private static void insertHistory(MongoOperations mongo, Strategy strategy, List<Action> base, int count) {
        List<ProgressUpdate> updates = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            Action a = base.get(i % base.size());
            Instant at = now.minus(Duration.ofDays(30 + (i / base.size()) % 1500)).minusSeconds(i % 86_400);
            updates.add(new ProgressUpdate(UUID.randomUUID().toString(), strategy.id(), a.code(), a.priority(),
                    "History generator", null, at, "Older note " + i, new ProgressUpdate.State(Rag.AMBER, 40, null),
                    new ProgressUpdate.State(Rag.GREEN, 45, null), false));
        }
        for (int i = 0; i < updates.size(); i += 1000) {
            mongo.insert(updates.subList(i, Math.min(updates.size(), i + 1000)), ProgressUpdate.class);
        }
    }

    /** New actions modelled on the shipped ones, each with three years of monthly updates. */
    private static int insertActions(MongoOperations mongo, Strategy strategy, List<Action> base, int already, int count) {
        int updatesPerAction = 36;
        List<Action> actions = new ArrayList<>();
        List<ProgressUpdate> updates = new ArrayList<>();
        Instant now = Instant.now();
        for (int n = 0; n < count; n++) {
            int k = already + n;
            Action model = base.get(k % base.size());
            String code = model.priority() + "." + (100 + k);
            Instant created = now.minus(Duration.ofDays(3 * 365));
            List<ProgressUpdate> own = new ArrayList<>();
            for (int u = 0; u < updatesPerAction; u++) {
                Instant at = created.plus(Duration.ofDays(30L * u + k % 29));
                own.add(new ProgressUpdate(UUID.randomUUID().toString(), strategy.id(), code, model.priority(),
                        "Generator", null, at, "Monthly note " + u, new ProgressUpdate.State(Rag.AMBER, u, null),
                        new ProgressUpdate.State(Rag.GREEN, u + 1, null), false));
            }
            updates.addAll(own);
            // as the application's own writes leave an action: its updates of the last week and its newest
            Instant week = now.minus(Duration.ofDays(7));
            List<ProgressUpdate> recent = new ArrayList<>(own.stream().filter(u -> u.at().isAfter(week)).toList());
            if (recent.isEmpty()) {
                recent.add(own.get(own.size() - 1));
            }
            actions.add(new Action(strategy.id() + ":" + code, strategy.id(), code, model.priority(),
                    "Generated action " + k, model.businessArea(), model.owner(), null,
                    LocalDate.now(ZoneOffset.UTC).plusDays(30 + k % 300), Rag.values()[k % 3], k % 101, created,
                    now.minus(Duration.ofDays(k % 20)), 0, false, null, recent));
        }
        for (int i = 0; i < actions.size(); i += 500) {
            mongo.insert(actions.subList(i, Math.min(actions.size(), i + 500)), Action.class);
        }
        for (int i = 0; i < updates.size(); i += 1000) {
            mongo.insert(updates.subList(i, Math.min(updates.size(), i + 1000)), ProgressUpdate.class);
        }
        return count;
    }

    /** One row of the scale table; returns the time of the status question asked right after a change, in ms. */
    private double measure(ConfigurableApplicationContext app, String label, Strategy strategy) {
        MongoOperations mongo = app.getBean(MongoOperations.class);
        Answers answers = app.getBean(Answers.class);
        ActionPlan plan = app.getBean(ActionPlan.class);
        Digests digests = app.getBean(Digests.class);
        Cache cache = app.getBean(CacheManager.class).getCache("status");
        long actionCount = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Action.class);
        long updateCount = currentUpdates(mongo);
        Runnable ask = () -> answers.ask("what's SP4's status?", Asker.anonymous(null));
        AtomicInteger changes = new AtomicInteger();
        Runnable change = () -> {
            int n = changes.incrementAndGet();
            plan.apply(strategy, new Change(UUID.randomUUID().toString(), "SP4.1",
                    new ProgressUpdate.State(n % 2 == 0 ? Rag.GREEN : Rag.AMBER, 50 + n % 40, null),
                    "Benchmark change " + n, "Bench Lead", "bench-lead"));
        };
        // first, before this row's changes add to the week's updates the digest lists
        double digest = perCall(() -> digests.preview(strategy), null, 50, 50);
        // warmed well, so that the first row (run alone with -Dbench.only=6) is not measured on a cold JIT
        double afterChange = perCall(ask, change, 200, 100);
        double applied = perCall(change, null, 50, 50);
        double cached = perCall(ask, null, 2000, 5000);
        double afresh = perCall(ask, cache::clear, 100, 50);
        md.append("| ").append(label).append(" | ").append(actionCount).append(" | ").append(updateCount).append(" | ")
                .append(f(afterChange)).append(" | ").append(f(cached * 1000)).append(" | ").append(f(applied))
                .append(" | ").append(f(afresh)).append(" | ").append(f(digest)).append(" |\n");
        System.out.printf("%s: %d actions %d updates: after a change %.2f ms, cached %.1f µs, update applied %.2f ms, "
                + "afresh %.2f ms, digest %.2f ms%n", label, actionCount, updateCount, afterChange, cached * 1000,
                applied, afresh, digest);
        return afterChange;
    }

    static String f(double v) {
        return Double.isNaN(v) ? "n/a" : v >= 100 ? String.format("%.0f", v) : String.format("%.2f", v);
    }

    static String pct(double ratio) {
        return String.format("%.0f%%", ratio * 100);
    }
}

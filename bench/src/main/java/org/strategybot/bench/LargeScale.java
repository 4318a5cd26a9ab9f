package org.strategybot.bench;

import static org.strategybot.bench.Report.f;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
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
import org.strategybot.digest.Subscription;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

/**
 * A deployment serving ten directorates: ten strategies of ten priorities, each priority with a hundred actions
 * (10,000 actions), each action with three years of quarterly updates, and 5,000 subscribed channels. The strategies
 * are reached through Teams teams (strategy-bot.strategy.teams, set by {@link Benchmark}).
 */
final class LargeScale {

    static final int STRATEGIES = 10;
    static final int PRIORITIES = 10;
    static final int ACTIONS_PER_PRIORITY = 100;
    /**
     * Quarterly, the committee's reporting cycle, for three years: 120,000 updates. Monthly (360,000) would take the
     * embedded store about three times as long to insert (each insert compares Java-serialised keys in its id index)
     * and changes no measure here: the status and the digest read the items' kept updates, never the history, and the
     * scale section grows the history a hundredfold on its own.
     */
    static final int UPDATES_PER_ACTION = 12;
    static final int CHANNELS = 5000;

    private LargeScale() {
    }

    /** The team whose conversations see strategy {@code s}, and that strategy's id. */
    static String team(int s) {
        return "bench-team-" + s;
    }

    static String strategyId(int s) {
        return "bench-scale-" + s;
    }

    static void run(Report report, ConfigurableApplicationContext app, BenchConnector connector, int port) throws Exception {
        MongoOperations mongo = app.getBean(MongoOperations.class);
        StrategyCatalog catalog = app.getBean(StrategyCatalog.class);
        Answers answers = app.getBean(Answers.class);
        ActionPlan plan = app.getBean(ActionPlan.class);
        Digests digests = app.getBean(Digests.class);
        Cache cache = app.getBean(CacheManager.class).getCache("status");
        long t0 = System.nanoTime();
        List<Strategy> strategies = new ArrayList<>();
        for (int s = 0; s < STRATEGIES; s++) {
            Strategy strategy = copy(catalog.defaultStrategy(), strategyId(s));
            // a period of its own that follows nothing stored: the way to add a strategy from outside its package
            catalog.startPeriod(strategy, copy(strategy, "bench-origin-" + s));
            strategies.add(strategy);
            insertPlan(mongo, strategy);
            System.out.printf("large scale: strategy %d of %d stored after %.0f s%n", s + 1, STRATEGIES, (System.nanoTime() - t0) / 1e9);
        }
        Person admin = new Person(Benchmark.ADMIN, "Ada Admin");
        for (int c = 0; c < CHANNELS; c++) {
            int s = c % STRATEGIES;
            digests.subscribe(channel(s, "19:bench-large-" + c + "@thread.tacv2", connector.url()), admin,
                    DayOfWeek.WEDNESDAY, LocalTime.of(9, 0));
        }
        double setUp = (System.nanoTime() - t0) / 1e9;
        System.out.printf("large scale: set up in %.0f s%n", setUp);

        Person person = new Person("00000000-0000-0000-0000-000000000001", "Sam Staff");
        Supplier<Asker> asker = () -> {
            int s = ThreadLocalRandom.current().nextInt(STRATEGIES);
            return new Asker(null, person, null, List::of, channel(s, "19:bench-ask-" + s + "@thread.tacv2", connector.url()), null);
        };
        Runnable ask = () -> answers.ask(EndToEnd.STATUS, asker.get());
        // the first question after start would find every status computed; here the plans were written behind the cache
        long[] cached = timed(ask, 2000, 5000);
        int[] n = {0};
        Runnable change = () -> {
            int k = n[0]++;
            Strategy strategy = strategies.get(k % STRATEGIES);
            plan.apply(strategy, new Change(UUID.randomUUID().toString(), "SP4.1",
                    new ProgressUpdate.State(k % 2 == 0 ? Rag.GREEN : Rag.AMBER, 50 + k % 40, null), "Benchmark change " + k,
                    "Bench Lead", "bench-lead"));
        };
        long[] applied = timed(change, 20, 100);
        long[] afresh = timed(() -> {
            cache.clear();
            ask.run();
        }, 10, 50);
        URI messages = URI.create("http://127.0.0.1:" + port + "/api/messages");
        Load.run(messages, () -> channelMessage(connector.url()), 4, Duration.ofSeconds(4));
        Load endToEnd = Load.run(messages, () -> channelMessage(connector.url()), 4, EndToEnd.LEVEL_TIME);
        double[] composition = new double[3];
        for (int i = 0; i < composition.length; i++) {
            long c0 = System.nanoTime();
            compose(digests, catalog);
            composition[i] = (System.nanoTime() - c0) / 1e6;
        }
        Arrays.sort(composition);
        long actions = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Action.class);
        long updates = mongo.count(new org.springframework.data.mongodb.core.query.Query(), ProgressUpdate.class);

        report.append("## Large scale\n\n").append(STRATEGIES).append(" strategies of ").append(PRIORITIES)
                .append(" priorities, each priority with ").append(ACTIONS_PER_PRIORITY).append(" actions, each action with ")
                .append(UPDATES_PER_ACTION).append(" quarterly updates (three years), inserted into the store as the "
                        + "application's own writes would leave them; ").append(CHANNELS).append(" channels subscribed to the "
                        + "digest, spread over the strategies (each reached through its team). The store then holds ")
                .append(actions).append(" actions and ").append(updates).append(" updates; set-up took ").append(f(setUp))
                .append(" s. The status question in-process asks about a random strategy each time; end to end it is a "
                        + "channel message from a random team, 4 clients.\n\n| Measure | p50 ms | p99 ms | max ms |\n|---|---|---|---|\n");
        report.row("status asked, in-process (as served)", f(p(cached, 0.5)), f(p(cached, 0.99)), f(p(cached, 1)));
        report.row("status end to end, 4 clients (" + f(endToEnd.throughput()) + " req/s, " + endToEnd.failures() + " errors)",
                f(endToEnd.p(0.5)), f(endToEnd.p(0.99)), f(endToEnd.p(1)));
        report.row("update applied (store write, the plan of 1,000 actions recomputed)", f(p(applied, 0.5)), f(p(applied, 0.99)),
                f(p(applied, 1)));
        report.row("status computed afresh (cache cleared)", f(p(afresh, 0.5)), f(p(afresh, 0.99)), f(p(afresh, 1)));
        report.row("digest composition for all " + CHANNELS + " channels (3 runs: min, median, max)", f(composition[0]),
                f(composition[1]), f(composition[2]));
        report.append('\n');
        report.verdict("Large scale: status p99 ≤ 25 ms end to end", endToEnd.p(0.99) <= 25 && endToEnd.failures() == 0,
                f(endToEnd.p(0.99)) + " ms at 4 clients; in-process p99 " + f(p(cached, 0.99)) + " ms");
        System.out.printf("large scale: status p99 %.2f ms in-process, %.2f ms end to end; applied p50 %.1f ms; afresh p50 %.1f ms; "
                + "digest composition median %.0f ms%n", p(cached, 0.99), endToEnd.p(0.99), p(applied, 0.5), p(afresh, 0.5),
                composition[1]);
    }

    /**
     * What a digest run does before it sends: every active subscription to its strategy, and each strategy's digest
     * built once.
     */
    private static void compose(Digests digests, StrategyCatalog catalog) {
        Map<String, Strategy> due = new LinkedHashMap<>();
        for (Subscription s : digests.subscriptions()) {
            Strategy strategy = catalog.forConversation(s.tenantId(), s.teamId());
            due.putIfAbsent(strategy.id(), strategy);
        }
        due.values().forEach(digests::preview);
    }

    private static Conversation channel(int s, String id, String serviceUrl) {
        String reference = "{\"bot\":{\"id\":\"28:strategy-bot\"},\"conversation\":{\"id\":\"" + id + "\",\"tenantId\":\""
                + Benchmark.TENANT + "\",\"conversationType\":\"channel\"},\"channelId\":\"msteams\",\"serviceUrl\":\""
                + serviceUrl + "\"}";
        return new Conversation(id, Benchmark.TENANT, "channel", "Large " + s, reference, team(s));
    }

    private static String channelMessage(String serviceUrl) {
        int s = ThreadLocalRandom.current().nextInt(STRATEGIES);
        String channel = "19:bench-e2e-" + s + "@thread.tacv2";
        return "{\"type\":\"message\",\"id\":\"" + UUID.randomUUID() + "\",\"timestamp\":\"2026-11-23T10:00:00.000Z\","
                + "\"serviceUrl\":\"" + serviceUrl + "\",\"channelId\":\"msteams\",\"locale\":\"en-GB\","
                + "\"from\":{\"id\":\"29:0001\",\"name\":\"Sam Staff\",\"aadObjectId\":\"00000000-0000-0000-0000-000000000001\"},"
                + "\"recipient\":{\"id\":\"28:strategy-bot\",\"name\":\"StrategyBot\"},\"conversation\":{\"id\":\"" + channel
                + ";messageid=" + UUID.randomUUID() + "\",\"conversationType\":\"channel\",\"tenantId\":\"" + Benchmark.TENANT
                + "\"},\"channelData\":{\"tenant\":{\"id\":\"" + Benchmark.TENANT + "\"},\"team\":{\"id\":\"" + team(s)
                + "\"},\"channel\":{\"id\":\"" + channel + "\"}},\"text\":\"<at>StrategyBot</at> " + EndToEnd.STATUS + "\","
                + "\"entities\":[{\"type\":\"mention\",\"text\":\"<at>StrategyBot</at>\",\"mentioned\":{\"id\":\"28:strategy-bot\","
                + "\"name\":\"StrategyBot\"}}]}";
    }

    /** The default strategy under another id, with priorities SP1 to SP10. */
    private static Strategy copy(Strategy base, String id) {
        List<Strategy.Priority> priorities = IntStream.rangeClosed(1, PRIORITIES)
                .mapToObj(p -> new Strategy.Priority("SP" + p, "Generated priority " + p + " of " + id, List.of())).toList();
        Strategy.Section<Strategy.Priority> section = new Strategy.Section<>(base.priorities().source(),
                base.priorities().section(), base.priorities().intro(), priorities);
        return new Strategy(id, 1, base.organisation(), base.directorate(), base.title() + " (" + id + ")", true, base.sources(),
                base.period(), base.vision(), base.mission(), base.strategy(), base.values(), base.businessAreas(),
                base.principles(), section, base.cohorts(), base.governance(), base.successes(), base.legislation(),
                base.practice());
    }

    /** Each priority's actions, each with three years of quarterly updates. */
    private static void insertPlan(MongoOperations mongo, Strategy strategy) {
        GeneratedPlan plan = new GeneratedPlan(strategy, UPDATES_PER_ACTION);
        for (int p = 1; p <= PRIORITIES; p++) {
            for (int a = 1; a <= ACTIONS_PER_PRIORITY; a++) {
                String code = "SP" + p + "." + a;
                plan.add(p * 1000 + a, code, "SP" + p, "Generated action " + code + " of " + strategy.id(), null, "Generated Owner");
            }
        }
        plan.insert(mongo);
    }

    /** Each call's time in ms, after warm-up calls. */
    private static long[] timed(Runnable call, int warm, int n) {
        for (int i = 0; i < warm; i++) {
            call.run();
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double p(long[] sortedNanos, double q) {
        int i = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
    }
}

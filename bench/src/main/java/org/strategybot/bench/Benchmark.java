package org.strategybot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategybot.StrategyBotApplication;
import org.strategybot.ask.Answers;

/**
 * Starts the real application in this JVM on the embedded store, with a loopback Bot Connector, and runs the
 * {@link Section}s {@code -Dbench.only} names (all by default): the status question end to end against the
 * protocol's own ceilings, conversation context, cached against uncached answers, update then read, the digest
 * fan-out under Teams-like throttling, footprint and cold start, and scale. Loopback only; every loop is bounded by a
 * count or a time. Writes target/bench/results.md.
 */
public final class Benchmark {

    static final String TENANT = "72f988bf-0000-4000-8000-00000000beef";
    static final String ADMIN = "00000000-0000-0000-0000-000000000003";
    static final String API_KEY = "bench-key-not-a-secret";

    public static void main(String[] args) throws Exception {
        int exit = 0;
        try {
            run(Path.of(args.length > 0 ? args[0] : "target/strategy-bot-0.1.0-SNAPSHOT.jar"),
                    Section.parse(System.getProperty("bench.only", "")));
        } catch (Throwable t) {
            t.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    static void run(Path jar, Set<Section> sections) throws Exception {
        Report report = new Report();
        report.append("# strategy-bot benchmark\n\nRun " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, JDK " + System.getProperty("java.version") + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB; load average " + String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + " at the start. Sections: " + String.join(", ", sections.stream()
                                .map(Section::key).toList()) + ".\n\n");
        // first, while nothing else runs: cold start of the packaged jar in its own JVM
        Footprint.Cold cold = sections.contains(Section.COLD_START) ? Footprint.coldStart(jar, Path.of(System.getProperty("bench.image-jdk"))) : null;
        if (cold != null && !sections.contains(Section.FOOTPRINT)) {
            report.append("## Cold start\n\nTo /actuator/health UP, fresh data folder, 3 starts each: " + cold.detail() + "\n\n");
            cold.verdicts(report);
        }
        try (BenchConnector connector = new BenchConnector()) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(StrategyBotApplication.class)
                    .profiles("bench")
                    // command-line arguments, which win over application.yml (builder properties would not)
                    .run(arguments(Files.createTempDirectory("strategy-bot-bench")));
            try {
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                EndToEnd endToEnd = new EndToEnd(report, connector, port);
                if (sections.contains(Section.STATUS) || sections.contains(Section.CONTEXT)) {
                    endToEnd.warmUp();
                }
                if (sections.contains(Section.STATUS)) {
                    endToEnd.status();
                }
                if (sections.contains(Section.CONTEXT)) {
                    endToEnd.context(app.getBean(Answers.class));
                }
                if (sections.contains(Section.CACHE)) {
                    InProcess.cachedVsUncached(report, app);
                }
                if (sections.contains(Section.UPDATE_READ)) {
                    UpdateThenRead.run(report, connector, port);
                }
                if (sections.contains(Section.FANOUT)) {
                    Fanout.run(report, app, connector);
                }
                if (sections.contains(Section.FOOTPRINT)) {
                    Footprint.footprint(report, cold, jar, connector);
                }
                if (sections.contains(Section.SCALE)) {
                    Scale.run(report, app);
                }
                if (sections.contains(Section.LARGE_SCALE)) {
                    LargeScale.run(report, app, connector, port);
                }
            } finally {
                app.close();
            }
        }
        System.out.println("Written to " + report.write().toAbsolutePath());
    }

    private static String[] arguments(Path dataDir) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--strategy-bot.data-dir=" + dataDir,
                "--strategy-bot.admins=" + ADMIN,
                "--strategy-bot.api-keys=" + API_KEY,
                "--strategy-bot.digest.enabled=false",
                "--strategy-bot.digest.send-rate=" + Fanout.SEND_RATE,
                "--strategy-bot.digest.max-attempts=8"));
        for (int s = 0; s < LargeScale.STRATEGIES; s++) {
            args.add("--strategy-bot.strategy.teams." + LargeScale.team(s) + "=" + LargeScale.strategyId(s));
        }
        return args.toArray(String[]::new);
    }

    /** A Teams personal-chat message from a staff member, in the conversation given. */
    static String message(String serviceUrl, String conversationId, String text) {
        return activity(serviceUrl, "message", "00000000-0000-0000-0000-000000000001", "Sam Staff", conversationId,
                "\"text\":\"" + text + "\"");
    }

    static String activity(String serviceUrl, String type, String aad, String name, String extra) {
        return activity(serviceUrl, type, aad, name, "a:personal-" + UUID.randomUUID(), extra);
    }

    private static String activity(String serviceUrl, String type, String aad, String name, String conversationId, String extra) {
        return "{\"type\":\"" + type + "\",\"id\":\"" + UUID.randomUUID() + "\",\"timestamp\":\"2026-11-23T10:00:00.000Z\","
                + "\"serviceUrl\":\"" + serviceUrl + "\",\"channelId\":\"msteams\",\"locale\":\"en-GB\","
                + "\"from\":{\"id\":\"29:" + aad.substring(aad.length() - 4) + "\",\"name\":\"" + name
                + "\",\"aadObjectId\":\"" + aad + "\"},\"recipient\":{\"id\":\"28:strategy-bot\",\"name\":\"StrategyBot\"},"
                + "\"conversation\":{\"id\":\"" + conversationId + "\",\"conversationType\":\"personal\","
                + "\"tenantId\":\"" + TENANT + "\"},\"channelData\":{\"tenant\":{\"id\":\"" + TENANT + "\"}}," + extra + "}";
    }
}

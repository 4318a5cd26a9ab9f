package org.strategybot.bench;

import static org.strategybot.bench.Report.f;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cold start of the packaged jar and of the image's layout; heap and RSS after load. */
final class Footprint {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Footprint() {
    }

    /** Medians of the three starts; the image's is NaN when it was not measured. */
    record Cold(double jarSeconds, double imageSeconds, String detail) {

        /** The targets: the jar within 10 s, the image's layout within 6 s. */
        void verdicts(Report report) {
            report.verdict("Cold start of java -jar ≤ 10 s (median of 3)", jarSeconds <= 10, f(jarSeconds) + " s");
            report.verdict("Cold start of the image's layout ≤ 6 s (median of 3)", imageSeconds <= 6,
                    Double.isNaN(imageSeconds) ? "not measured" : f(imageSeconds) + " s");
        }
    }

    /**
     * Three cold starts each of the packaged jar as built ({@code java -jar}) and of the layout the container image
     * runs (deploy/Dockerfile: Spring Boot's extracted jar on a JRE 25 with the AOT cache of a training start),
     * alternating so that neither gets the quieter machine; each has its own target ({@link Cold#verdicts}). The
     * image's JRE is the JDK at {@code imageJdk}; without one there, only the jar is measured.
     */
    static Cold coldStart(Path jar, Path imageJdk) throws Exception {
        if (!Files.exists(jar)) {
            return new Cold(Double.NaN, Double.NaN, "no jar at " + jar);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path imageJava = imageJdk.resolve("bin").resolve("java");
        boolean image = Files.isExecutable(imageJava);
        Path work = Files.createTempDirectory("strategy-bot-cold");
        Path extracted = work.resolve("extracted");
        Path aot = work.resolve("strategy-bot.aot");
        Path layoutJar = extracted.resolve(jar.getFileName());
        if (image) {
            runToEnd(work, imageJava.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                    extracted.toString());
            runToEnd(work, imageJava.toString(), "-XX:AOTCacheOutput=" + aot, "-Dspring.context.exit=onRefresh", "-jar",
                    layoutJar.toString(), "--strategy-bot.data-dir=" + work.resolve("training"));
        }
        List<Double> fat = new ArrayList<>();
        List<Double> layout = new ArrayList<>();
        long rss = 0;
        for (int i = 0; i < 3; i++) {
            Start plain = startOnce(work, java, "-jar", jar.toString());
            fat.add(plain.seconds());
            rss = Math.max(rss, plain.rssKb());
            if (image) {
                Start started = startOnce(work, imageJava.toString(), "-XX:AOTCache=" + aot, "-jar", layoutJar.toString());
                layout.add(started.seconds());
                rss = Math.max(rss, started.rssKb());
            }
        }
        String detail = "java -jar: " + range(fat) + "; the image's layout (extracted, JRE 25 with its AOT cache): "
                + (image ? range(layout) : "not measured, no JDK at " + imageJdk + " (-Dbench.image-jdk=...)")
                + "; RSS when healthy up to " + (rss >> 10) + " MB";
        System.out.println("cold start " + detail);
        return new Cold(median(fat), image ? median(layout) : Double.NaN, detail);
    }

    record Start(double seconds, long rssKb) {
    }

    /** From launch to /actuator/health UP on a fresh data folder, and the RSS then; the process is stopped after. */
    private static Start startOnce(Path work, String... command) throws Exception {
        Path dataDir = Files.createTempDirectory(work, "data");
        int port = freePort();
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--server.port=" + port, "--strategy-bot.data-dir=" + dataDir,
                "--strategy-bot.digest.enabled=false", "--strategy-bot.api-keys=" + Benchmark.API_KEY));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile()).start();
        try {
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            long deadline = t0 + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && p.isAlive()) {
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
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
        // the training start on a loaded machine (load average 25 on 2 cores) took more than two minutes
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String range(List<Double> values) {
        return "median " + f(median(values)) + " s (" + String.join(", ", values.stream().map(Report::f).toList()) + ")";
    }

    static void footprint(Report report, Cold cold, Path jar, BenchConnector connector) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed() >> 20;
        long rss = rssKb(ProcessHandle.current().pid()) >> 10;
        // the packaged jar alone, after the same status load, for its own heap and RSS
        String jarAfterLoad = jarUnderLoad(jar, connector);
        report.append("## Footprint\n\n| Measure | Value |\n|---|---|\n")
                .append("| Cold start to /actuator/health UP (fresh data folder, 3 starts each) | ")
                .append(cold == null ? "not run (-Dbench.only without cold-start)" : cold.detail()).append(" |\n")
                .append("| Heap used after the load and a GC (benchmark JVM: app + clients + connector) | ").append(heap)
                .append(" MB |\n| RSS of the benchmark JVM after the load | ").append(rss).append(" MB |\n")
                .append("| The jar alone after 20 s of status load at 4 clients | ").append(jarAfterLoad).append(" |\n\n");
        if (cold != null) {
            cold.verdicts(report);
        }
        report.verdict("Heap after load ≤ 256 MB", heap <= 256, heap + " MB in-process; jar alone: " + jarAfterLoad);
        System.out.printf("heap %d MB, RSS %d MB; jar: %s%n", heap, rss, jarAfterLoad);
    }

    private static String jarUnderLoad(Path jar, BenchConnector connector) throws Exception {
        if (!Files.exists(jar)) {
            return "no jar";
        }
        Path dataDir = Files.createTempDirectory("strategy-bot-load");
        int port = freePort();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port,
                "--strategy-bot.data-dir=" + dataDir, "--strategy-bot.digest.enabled=false",
                "--strategy-bot.api-keys=" + Benchmark.API_KEY)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile()).start();
        try {
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            boolean up = false;
            while (!up && System.nanoTime() < deadline && p.isAlive()) {
                try {
                    up = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
            if (!up) {
                return "did not start";
            }
            Load l = Load.run(URI.create("http://127.0.0.1:" + port + "/api/messages"),
                    () -> Benchmark.message(connector.url(), "a:personal-" + UUID.randomUUID(), EndToEnd.STATUS), 4,
                    Duration.ofSeconds(20));
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
}

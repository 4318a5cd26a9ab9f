package org.strategybot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/** The outcome of N closed-loop clients posting to one endpoint for a while: requests, time, latencies, failures. */
record Load(int clients, int requests, double seconds, long[] nanos, int failures) {

    double throughput() {
        return requests / seconds;
    }

    /** Two runs of the same endpoint at the same level as one: requests, time and latencies together. */
    Load and(Load other) {
        long[] both = LongStream.concat(Arrays.stream(nanos), Arrays.stream(other.nanos)).sorted().toArray();
        return new Load(clients, requests + other.requests, seconds + other.seconds, both, failures + other.failures);
    }

    /** The q-quantile latency in ms. */
    double p(double q) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
    }

    /**
     * N clients, each sending one request after another, until the time is up (and at most 200,000 each). A request
     * that fails on the way (a connection the server closed as the client reused it) counts as a failure, not as the
     * end of the run.
     */
    static Load run(URI uri, Supplier<String> body, int clients, Duration time) throws Exception {
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
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() / 100 != 2) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                    long took = System.nanoTime() - t0;
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
}

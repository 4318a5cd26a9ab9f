package org.strategybot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends a batch of deliveries once and only once, within the rate Teams allows: each delivery is claimed in
 * the store before sending and recorded after; a 429 waits for its Retry-After, a 5xx or no answer backs
 * off exponentially with jitter, attempts are bounded, and a conversation the bot was removed from (403,
 * 404) is marked gone rather than retried for ever.
 */
final class Fanout {

    private static final Logger log = LoggerFactory.getLogger(Fanout.class);
    /** A sender that stopped mid-send is assumed dead after this; its delivery is then taken over. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    /**
     * Each sender waits on the connector's round trip, the store and any Retry-After, so the senders needed to
     * keep to the rate grow with it: enough for 200 ms a message (4 at the default 20 a second, 10 at 50).
     */
    static int senders(double sendRate) {
        return Math.max(4, (int) Math.ceil(sendRate / 5));
    }

    /** One message to send: its delivery id, and how to send it. */
    record Job(String id, String kind, String target, Instant slot, Supplier<Messenger.Sent> send, Runnable onGone) {
    }

    record Report(int sent, int failed, int gone, int skipped) {
    }

    private final DigestStore store;
    private final DigestSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RateLimiter limiter;

    Fanout(DigestStore store, DigestSettings settings, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.limiter = new RateLimiter(settings.sendRate());
    }

    Report send(List<Job> jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(senders(settings.sendRate()));
        try {
            List<Future<DeliveryRecord.Status>> results = new ArrayList<>();
            for (Job job : jobs) {
                results.add(pool.submit(() -> deliver(job)));
            }
            int sent = 0, failed = 0, gone = 0, skipped = 0;
            for (Future<DeliveryRecord.Status> r : results) {
                DeliveryRecord.Status status;
                try {
                    status = r.get();
                } catch (Exception e) {
                    status = DeliveryRecord.Status.FAILED;
                }
                if (status == null) {
                    skipped++;
                } else {
                    switch (status) {
                        case SENT -> sent++;
                        case GONE -> gone++;
                        default -> failed++;
                    }
                }
            }
            return new Report(sent, failed, gone, skipped);
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return how the delivery ended, or null when it was not this run's to send */
    private DeliveryRecord.Status deliver(Job job) throws InterruptedException {
        Instant now = clock.instant();
        Optional<DeliveryRecord> claimed = store.claim(job.id(), job.kind(), job.target(), job.slot(), now,
                now.minus(STALE_CLAIM));
        if (claimed.isEmpty()) {
            return null;
        }
        String error = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            limiter.acquire();
            Messenger.Sent result = job.send().get();
            meters.counter("strategybot.digest.sends", "kind", job.kind(), "status", String.valueOf(result.status())).increment();
            if (result.ok2xx()) {
                store.finish(job.id(), DeliveryRecord.Status.SENT, attempt, null, clock.instant());
                return DeliveryRecord.Status.SENT;
            }
            error = result.status() + (result.error() == null ? "" : " " + result.error());
            if (result.gone()) {
                job.onGone().run();
                store.finish(job.id(), DeliveryRecord.Status.GONE, attempt, error, clock.instant());
                log.warn("Delivery {}: the bot is no longer in the conversation ({}); not retried", job.id(), result.status());
                return DeliveryRecord.Status.GONE;
            }
            if (!result.retryable() || attempt == settings.maxAttempts()) {
                break;
            }
            Thread.sleep(wait(result, attempt).toMillis());
        }
        store.finish(job.id(), DeliveryRecord.Status.FAILED, settings.maxAttempts(), error, clock.instant());
        meters.counter("strategybot.digest.failures", "kind", job.kind()).increment();
        log.error("Delivery {} failed after {} attempts: {}", job.id(), settings.maxAttempts(), error);
        return DeliveryRecord.Status.FAILED;
    }

    /** Retry-After when Teams gave one; otherwise exponential back-off with full jitter, capped. */
    static Duration wait(Messenger.Sent result, int attempt) {
        if (result.retryAfter() != null) {
            return result.retryAfter();
        }
        long cap = Math.min(8_000, 250L << Math.min(attempt, 5));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }

    /** Evenly spaced permits, shared by the senders: never more than the configured rate. */
    static final class RateLimiter {
        private final long intervalNanos;
        private long next;

        RateLimiter(double perSecond) {
            this.intervalNanos = (long) (1_000_000_000L / perSecond);
            this.next = System.nanoTime();
        }

        void acquire() throws InterruptedException {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                next = Math.max(next, now);
                wait = next - now;
                next += intervalNanos;
            }
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }
}

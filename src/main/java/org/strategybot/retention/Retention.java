package org.strategybot.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.strategybot.system.OneInstance;

/**
 * Removes expired records, every feature's in turn, on the schedule in {@code strategy-bot.retention.schedule}.
 * Every instance has the schedule; the lock in the store lets one of them do it. The lock is left to run out
 * rather than released, so an instance whose clock ticks a little later finds it still held and does not run
 * it again the same night (ShedLock's "lock at least for").
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final String LOCK = "retention";
    private static final Duration HELD_FOR = Duration.ofHours(1);

    private final List<Expiring> features;
    private final OneInstance oneInstance;
    private final Clock clock;

    Retention(List<Expiring> features, OneInstance oneInstance, Clock clock) {
        this.features = List.copyOf(features);
        this.oneInstance = oneInstance;
        this.clock = clock;
    }

    @Scheduled(cron = "${strategy-bot.retention.schedule}", zone = "${strategy-bot.zone}")
    void scheduled() {
        run();
    }

    /**
     * Removes what has expired now, unless another instance (or this one) did within the last hour.
     *
     * @return how many records were removed, by collection; empty when the run was left to another instance
     */
    Optional<Map<String, Long>> run() {
        Optional<Map<String, Long>> removed = oneInstance.run(LOCK, HELD_FOR, HELD_FOR, this::removeExpired);
        if (removed.isEmpty()) {
            log.info("Retention: another instance removed expired records within the last {}; nothing to do here", HELD_FOR);
        }
        return removed;
    }

    private Map<String, Long> removeExpired() {
        Instant now = clock.instant();
        Map<String, Long> removed = new TreeMap<>();
        for (Expiring feature : features) {
            try {
                feature.removeExpired(now).forEach((collection, n) -> removed.merge(collection, n, Long::sum));
            } catch (RuntimeException e) {
                // one feature's failure (the store going away mid-run) leaves the others' removals standing;
                // what it left is expired still and goes at the next run
                log.warn("Retention: {} could not remove its expired records ({})", feature.getClass().getSimpleName(),
                        e.toString());
            }
        }
        log.info("Retention: expired records removed {}", removed);
        return removed;
    }
}

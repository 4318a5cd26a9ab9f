package org.strategybot.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import net.javacrumbs.shedlock.core.ClockProvider;

/**
 * The real time plus an offset a test moves forward (or back), so that the application lives through years in a
 * moment. Import {@link Config} to make it the application's clock (and the locks'): it is primary over the real one.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public MovableClock() {
        this(ZoneId.systemDefault(), new AtomicReference<>(Duration.ZERO));
    }

    private MovableClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    public void move(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Sets the clock to {@code at} (it keeps running from there). */
    public void set(Instant at) {
        offset.set(Duration.between(Instant.now(), at));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        // the same offset, so that a move is seen through every view of the clock
        return new MovableClock(other, offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        /**
         * Locks' leases are timed by ShedLock's clock, which is one per JVM: it follows this one while the
         * application lives (a test using this must close its context after it, with @DirtiesContext).
         */
        @Bean
        AutoCloseable locksOnTheMovableClock(MovableClock clock) {
            ClockProvider.setClock(clock);
            return () -> ClockProvider.setClock(Clock.systemUTC());
        }
    }
}

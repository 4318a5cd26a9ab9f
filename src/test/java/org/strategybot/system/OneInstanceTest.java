package org.strategybot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import net.javacrumbs.shedlock.core.ClockProvider;

/**
 * Two instances of the bot sharing one store (the embedded server, which has least of what a lock needs): one of
 * them at a time runs what must happen once per deployment. Time is moved by ShedLock's clock, never waited for.
 */
class OneInstanceTest {

    private MongoServer server;
    private MongoClient client;
    private OneInstance first;
    private OneInstance second;
    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void twoInstancesOnOneStore() {
        server = new MongoServer(H2Backend.inMemory());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        first = new OneInstance(new SimpleMongoClientDatabaseFactory(client, "one-instance-test"));
        second = new OneInstance(new SimpleMongoClientDatabaseFactory(client, "one-instance-test"));
        ClockProvider.setClock(clock);
    }

    @AfterEach
    void stop() {
        ClockProvider.setClock(Clock.systemUTC());
        client.close();
        server.shutdown();
    }

    @Test
    void whileOneInstanceRunsTheOtherIsRefusedAndRunsOnceItHasFinished() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Optional<String>> held = CompletableFuture.supplyAsync(() -> first.run("digest",
                Duration.ofMinutes(15), Duration.ZERO, () -> {
                    running.countDown();
                    await(finish);
                    return "first";
                }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(second.run("digest", Duration.ofMinutes(15), Duration.ZERO, () -> "second")).isEmpty();
        assertThat(second.run("retention", Duration.ofMinutes(15), Duration.ZERO, () -> "another lock")).contains("another lock");

        finish.countDown();
        assertThat(held.get(30, TimeUnit.SECONDS)).contains("first");
        assertThat(second.run("digest", Duration.ofMinutes(15), Duration.ZERO, () -> "second")).contains("second");
    }

    @Test
    void aHolderThatDiesLetsGoWhenItsLeaseRunsOut() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> first.run("digest", Duration.ofMinutes(15), Duration.ZERO, () -> {
            running.countDown();
            return await(never);
        }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        clock.move(Duration.ofMinutes(14));
        assertThat(second.run("digest", Duration.ofMinutes(15), Duration.ZERO, () -> "second")).as("still held").isEmpty();

        clock.move(Duration.ofMinutes(2));
        assertThat(second.run("digest", Duration.ofMinutes(15), Duration.ZERO, () -> "second")).as("lease ran out")
                .contains("second");
        never.countDown();
    }

    @Test
    void aRunHeldForAtLeastAnHourKeepsTheOtherInstanceFromRepeatingItThatHour() {
        assertThat(first.run("retention", Duration.ofHours(1), Duration.ofHours(1), () -> "removed")).contains("removed");

        clock.move(Duration.ofMinutes(5));
        assertThat(second.run("retention", Duration.ofHours(1), Duration.ofHours(1), () -> "again")).isEmpty();
        assertThat(first.run("retention", Duration.ofHours(1), Duration.ofHours(1), () -> "again")).isEmpty();

        clock.move(Duration.ofHours(1));
        assertThat(second.run("retention", Duration.ofHours(1), Duration.ofHours(1), () -> "next night")).contains("next night");
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.strategybot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Gives a test's application its own embedded store, in a new folder, so tests never share data. */
public final class TestStore {

    /** The REST API key every test application accepts: a deployment-wide reader. */
    public static final String API_KEY = "test-key-not-a-secret";
    /** A deployment-wide client that may also write (clients[0]; a test adding its own clients starts at [1]). */
    public static final String ADMIN_KEY = "test-admin-key-not-a-secret";

    private TestStore() {
    }

    public static Path freshDataDir(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("strategy-bot-test");
            registry.add("strategy-bot.data-dir", dir::toString);
            registry.add("strategy-bot.api-keys", () -> API_KEY);
            registry.add("strategy-bot.clients[0].name", () -> "test-admin");
            registry.add("strategy-bot.clients[0].key", () -> ADMIN_KEY);
            registry.add("strategy-bot.clients[0].admin", () -> "true");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

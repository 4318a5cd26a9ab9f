package org.strategybot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Gives a test's application its own embedded store, in a new folder, so tests never share data. */
public final class TestStore {

    /** The REST API key every test application accepts. */
    public static final String API_KEY = "test-key-not-a-secret";

    private TestStore() {
    }

    public static Path freshDataDir(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("strategy-bot-test");
            registry.add("strategy-bot.data-dir", dir::toString);
            registry.add("strategy-bot.api-keys", () -> API_KEY);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.strategybot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives a test's application its own embedded store, in a new folder, so that no two applications share data: as the
 * initializer of an application context (each context Spring starts gets its own folder, however many test classes
 * then share that context), or from a class's own {@code @DynamicPropertySource}.
 */
public final class TestStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The REST API key every test application accepts: a deployment-wide reader. */
    public static final String API_KEY = "test-key-not-a-secret";
    /** A deployment-wide client that may also write (clients[0]; a test adding its own clients starts at [1]). */
    public static final String ADMIN_KEY = "test-admin-key-not-a-secret";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // first, above application.yml's ./data: a test must never open the folder a developer's bot keeps
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-store",
                Map.of("strategy-bot.data-dir", newFolder().toString())));
    }

    public static Path freshDataDir(DynamicPropertyRegistry registry) {
        Path dir = newFolder();
        registry.add("strategy-bot.data-dir", dir::toString);
        registry.add("strategy-bot.api-keys", () -> API_KEY);
        registry.add("strategy-bot.clients[0].name", () -> "test-admin");
        registry.add("strategy-bot.clients[0].key", () -> ADMIN_KEY);
        registry.add("strategy-bot.clients[0].admin", () -> "true");
        return dir;
    }

    private static Path newFolder() {
        try {
            return Files.createTempDirectory("strategy-bot-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.strategybot.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where data lives when no MongoDB URI is configured, and how long to wait for the store.
 *
 * @param dataDir      the embedded store's folder (env STRATEGY_BOT_DATA_DIR)
 * @param storeTimeout how long a store operation may wait for a server before failing; kept well inside
 *                     the 15 s Teams gives a turn, so a person hears that the store is down rather than nothing
 */
@ConfigurationProperties("strategy-bot")
public record StoreSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("3s") Duration storeTimeout) {
}

package org.strategybot.strategy;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which strategies load and which one a conversation sees.
 *
 * @param defaultId the strategy for tenants not listed in {@code tenants}
 * @param tenants   Azure AD tenant id to strategy id, for deployments that serve several directorates
 * @param teams     Teams team id to strategy id, consulted before the tenant: a directorate that shares its
 *                  organisation's tenant with others
 * @param dir       a folder of further strategy files, loaded after those shipped in the application
 */
@ConfigurationProperties("strategy-bot.strategy")
public record StrategySettings(
        @DefaultValue("wokingham-2021-24") String defaultId,
        @DefaultValue Map<String, String> tenants,
        @DefaultValue Map<String, String> teams,
        Path dir) {
}

package org.strategybot.system;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Caffeine specification of each cache, by name (size, expiry, statistics). Statistics are
 * recorded so that hit rates show in the cache metrics.
 *
 * @param specs cache name to Caffeine spec, e.g. {@code status: maximumSize=500,expireAfterWrite=5m,recordStats}
 */
@ConfigurationProperties("strategy-bot.cache")
public record CacheSettings(@DefaultValue Map<String, String> specs) {
}

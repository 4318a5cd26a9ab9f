package org.strategybot.access;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param admins         Azure AD object ids of administrators (env STRATEGY_BOT_ADMINS, comma separated)
 * @param allowedTenants Azure AD tenants whose Teams may use the bot (env STRATEGY_BOT_ALLOWED_TENANTS); empty
 *                       serves every tenant, which suits only a bot registered for one organisation
 * @param apiKeys        keys for machine clients of the REST API and the actuator, sent as X-API-Key
 *                       (env STRATEGY_BOT_API_KEYS, comma separated); none configured closes the REST API
 */
@ConfigurationProperties("strategy-bot")
public record AccessSettings(
        @DefaultValue Set<String> admins,
        @DefaultValue Set<String> allowedTenants,
        @DefaultValue Set<String> apiKeys) {
}

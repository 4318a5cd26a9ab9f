package org.strategybot.access;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param admins         Azure AD object ids of administrators (env STRATEGY_BOT_ADMINS, comma separated)
 * @param allowedTenants Azure AD tenants whose Teams may use the bot (env STRATEGY_BOT_ALLOWED_TENANTS); empty
 *                       serves every tenant, which suits only a bot registered for one organisation
 * @param apiKeys        keys for deployment-wide, read-only machine clients of the REST API and the actuator, sent
 *                       as X-API-Key (env STRATEGY_BOT_API_KEYS, comma separated); none configured closes the REST API
 *                       to key holders
 * @param clients        named machine clients with a key each, optionally confined to one tenant's data and
 *                       optionally allowed to write (env STRATEGY_BOT_CLIENTS_0_NAME, _0_KEY, _0_TENANT, _0_ADMIN)
 * @param entra          people calling the REST API with Entra ID bearer tokens
 */
@ConfigurationProperties("strategy-bot")
public record AccessSettings(
        @DefaultValue Set<String> admins,
        @DefaultValue Set<String> allowedTenants,
        @DefaultValue Set<String> apiKeys,
        @DefaultValue List<Client> clients,
        @DefaultValue Entra entra) {

    /** A key anyone could guess in a few tries is no key; empty entries (an unset variable) configure nothing. */
    static final int SHORTEST_KEY = 16;

    public AccessSettings {
        for (String key : apiKeys) {
            requireLongEnough(key, "strategy-bot.api-keys (STRATEGY_BOT_API_KEYS)");
        }
        for (int i = 0; i < clients.size(); i++) {
            requireLongEnough(clients.get(i).key(), "strategy-bot.clients[" + i + "].key (STRATEGY_BOT_CLIENTS_" + i + "_KEY)");
        }
    }

    private static void requireLongEnough(String key, String setting) {
        int length = key == null ? 0 : key.strip().codePointCount(0, key.strip().length());
        if (length > 0 && length < SHORTEST_KEY) {
            // the setting's name and the length, never the key
            throw new IllegalArgumentException("A key in " + setting + " has " + length + " characters; an API key needs at least "
                    + SHORTEST_KEY + " (for example from: openssl rand -base64 24).");
        }
    }

    /**
     * @param name   shown in logs, never the key
     * @param key    the secret sent as X-API-Key
     * @param tenant the Azure AD tenant whose strategy, plan and digests the client may see; empty = all
     * @param admin  whether the client may write (import documents, and any other change over REST)
     */
    public record Client(String name, String key, String tenant, boolean admin) {
    }

    /**
     * Entra ID (Azure AD) access tokens for people, validated by Spring Security's OAuth2 resource server.
     *
     * @param audience  the API's application id URI or client id that tokens must be issued for (env
     *                  STRATEGY_BOT_ENTRA_AUDIENCE); empty turns bearer tokens off
     * @param tenants   tenants whose v2.0 tokens are accepted (env STRATEGY_BOT_ENTRA_TENANTS); a person sees the
     *                  strategy of their own tenant
     * @param loginUrl  the Entra ID authority host; another only for national clouds or offline tests
     * @param adminRole the app role (the token's {@code roles} claim) that makes a person an administrator,
     *                  besides being listed in {@code admins}
     */
    public record Entra(
            String audience,
            @DefaultValue Set<String> tenants,
            @DefaultValue("https://login.microsoftonline.com") String loginUrl,
            @DefaultValue("StrategyBot.Admin") String adminRole) {

        public boolean enabled() {
            return audience != null && !audience.isBlank();
        }
    }
}

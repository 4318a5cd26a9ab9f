package org.strategybot.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bot's Azure registration and the limits of its endpoint.
 *
 * @param appId                     the Azure Bot's Microsoft App ID (env MicrosoftAppId); empty = anonymous, which
 *                                  serves only this machine (loopback) unless the next setting says otherwise
 * @param appPassword               its client secret (env MicrosoftAppPassword)
 * @param appTenantId               its Azure AD tenant (env MicrosoftAppTenantId), needed by single-tenant bots to
 *                                  get tokens
 * @param openIdMetadata            where the Bot Connector's signing keys are published; override only to test
 *                                  offline
 * @param allowAnonymousFromNetwork anonymous mode for callers and service URLs beyond loopback: anyone who reaches
 *                                  the port can then pose as any person and make the bot post to any address
 * @param maxRequestBytes           the largest activity accepted; Teams sends a few kilobytes, cards at most 100 KB
 * @param turnTimeout               how long the endpoint waits for a turn before answering 202; under Teams' 15 s
 * @param memberLookupTimeout       how long making someone a lead waits for the connector to say who an @mention is
 */
@ConfigurationProperties("strategy-bot.bot")
public record BotSettings(
        String appId,
        String appPassword,
        String appTenantId,
        String openIdMetadata,
        boolean allowAnonymousFromNetwork,
        @DefaultValue("256KB") DataSize maxRequestBytes,
        @DefaultValue("12s") Duration turnTimeout,
        @DefaultValue("5s") Duration memberLookupTimeout) {

    boolean anonymous() {
        return appId == null || appId.isBlank();
    }

    /** Anonymous and confined to this machine: callers and the addresses replies go to must be loopback. */
    boolean loopbackOnly() {
        return anonymous() && !allowAnonymousFromNetwork;
    }
}

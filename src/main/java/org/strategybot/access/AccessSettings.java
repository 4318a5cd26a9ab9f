package org.strategybot.access;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param admins Azure AD object ids of administrators (env STRATEGY_BOT_ADMINS, comma separated)
 */
@ConfigurationProperties("strategy-bot")
public record AccessSettings(@DefaultValue Set<String> admins) {
}

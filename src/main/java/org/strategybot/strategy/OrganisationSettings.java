package org.strategybot.strategy;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What holds for the whole organisation the deployment serves.
 *
 * @param zone the one time zone of the deployment: due dates and "today", the digest's schedule and the dates it
 *             shows, the committee report's periods and the nightly retention run are all read in it. It was two
 *             settings, {@code strategy-bot.actions.zone} and {@code strategy-bot.digest.zone}; a deployment that
 *             still sets one of those gets it here (application.yml), as a deprecated alias
 */
@ConfigurationProperties("strategy-bot")
public record OrganisationSettings(@DefaultValue("Europe/London") ZoneId zone) {
}

package org.strategybot.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the Bot Connector is asked who people are, to link the plan's owners and leads named by email.
 *
 * @param lookupEvery    how long after looking a person or a roster up it is not looked up again
 * @param lookupTimeout  how long one look-up may take before it is given up
 * @param maxRosterPages the most pages of a team's roster read at once
 */
@ConfigurationProperties("strategy-bot.people")
record PeopleLinkSettings(@DefaultValue("1d") Duration lookupEvery, @DefaultValue("10s") Duration lookupTimeout,
        @DefaultValue("20") int maxRosterPages) {
}

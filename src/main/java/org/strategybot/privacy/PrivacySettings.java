package org.strategybot.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param smallNumberThreshold counts of children, young people, families or care leavers below this (and above
 *                             zero) are refused in notes, so that no channel, digest or report can show them;
 *                             the usual statistical suppression rule is 5
 */
@ConfigurationProperties("strategy-bot.privacy")
public record PrivacySettings(@DefaultValue("5") int smallNumberThreshold) {

    public PrivacySettings {
        if (smallNumberThreshold < 1) {
            throw new IllegalArgumentException("strategy-bot.privacy.small-number-threshold must be at least 1 (1 turns the rule off)");
        }
    }

    /** The defaults, for code that runs without Spring (tests, the command line). */
    public static PrivacySettings defaults() {
        return new PrivacySettings(5);
    }
}

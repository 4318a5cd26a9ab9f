package org.strategybot.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param day            the digest's day unless a subscription names another
 * @param time           its time of day, in the organisation's time zone ({@code strategy-bot.zone}); daylight saving
 *                       is followed
 * @param nonWorkingDays days the digest moves off, to the next working day (UK bank holidays are shipped)
 * @param tick           how often the scheduler looks for digests that are due
 * @param sendRate       the most proactive messages a second, across the app (Teams allows 50 a second per
 *                       app per tenant, older documents say 30)
 * @param maxAttempts    sends tried per conversation before the delivery is recorded as failed
 * @param remindAfter    a lead whose open actions have had no update for this long is reminded
 * @param enabled        whether this instance runs the schedule at all
 */
@ConfigurationProperties("strategy-bot.digest")
public record DigestSettings(
        @DefaultValue("MONDAY") DayOfWeek day,
        @DefaultValue("09:00") LocalTime time,
        @DefaultValue List<LocalDate> nonWorkingDays,
        @DefaultValue("1m") Duration tick,
        @DefaultValue("20") double sendRate,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("21d") Duration remindAfter,
        @DefaultValue("true") boolean enabled) {
}

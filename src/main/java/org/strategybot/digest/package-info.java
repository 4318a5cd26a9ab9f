/**
 * The weekly digest to Teams conversations and reminders to leads: subscriptions, the schedule (time
 * zone, daylight saving, non-working days), building the digest, and sending it once and only once
 * within Teams' rate limits.
 */
package org.strategybot.digest;

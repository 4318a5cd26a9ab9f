package org.strategybot.digest;

import java.util.List;

import org.strategybot.actions.ActionView;

/** A nudge to a lead whose items have gone quiet, with what to update. */
public record Reminder(String leadName, String priority, String priorityTitle, List<ActionView> quiet) {
}

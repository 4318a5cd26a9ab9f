package org.strategybot.actions;

/** A priority's recorded lead, who is reminded when its actions go quiet. */
public record Lead(String priority, String name, String aadObjectId) {
}

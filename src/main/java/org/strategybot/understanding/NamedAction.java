package org.strategybot.understanding;

/** An action of the plan people may name by its title ("the ASYE programme is now green"). */
public record NamedAction(String code, String priority, String title) {
}

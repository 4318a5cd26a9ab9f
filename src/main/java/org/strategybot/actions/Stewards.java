package org.strategybot.actions;

import java.util.Set;

/**
 * Who looks after an item: may update it besides administrators.
 *
 * @param lead the priority lead's name, for telling others who to ask
 * @param ids  Azure AD object ids of the priority's lead and delegates, and the action's owner
 */
public record Stewards(String priority, String lead, Set<String> ids) {
}

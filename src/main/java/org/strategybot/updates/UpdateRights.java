package org.strategybot.updates;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.strategybot.access.Access;
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Stewards;
import org.strategybot.strategy.Strategy;
import org.strategybot.updates.Outcome.Reason;

/**
 * Who may update what: an administrator anything; a priority's lead and delegates the priority and its actions; an
 * action's owner the action. Asked at proposing, again at Confirm (the card may be old) and at undo.
 */
@Component
class UpdateRights {

    private final ActionPlan plan;
    private final Access access;

    UpdateRights(ActionPlan plan, Access access) {
        this.plan = plan;
        this.access = access;
    }

    /** Why this person may not update the item now, or empty when they may. */
    Optional<Outcome> refusal(Strategy strategy, Person who, String target) {
        if (plan.current(strategy, target).isEmpty()) {
            return Optional.of(Outcome.of(Reason.NO_SUCH_ITEM, target));
        }
        if (isAdmin(who)) {
            return Optional.empty();
        }
        Stewards stewards = plan.stewards(strategy, target);
        if (who.known() && stewards.ids().contains(who.aadObjectId())) {
            return Optional.empty();
        }
        // the lead's name is for the answer to show where names may be shown, not part of the outcome
        return Optional.of(Outcome.of(Reason.NOT_A_STEWARD, target));
    }

    boolean isAdmin(Person who) {
        return access.isAdmin(who.aadObjectId());
    }
}

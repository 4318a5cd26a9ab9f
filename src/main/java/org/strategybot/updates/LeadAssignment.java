package org.strategybot.updates;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Applied;
import org.strategybot.actions.Change;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.strategy.Strategy;
import org.strategybot.updates.Outcome.Reason;

/** An administrator records who leads a priority, or adds a delegate: either may then update it and its actions. */
@Component
class LeadAssignment {

    private final ActionPlan plan;
    private final UpdateRights rights;

    LeadAssignment(ActionPlan plan, UpdateRights rights) {
        this.plan = plan;
        this.rights = rights;
    }

    Outcome assign(Strategy strategy, Person admin, String priority, Person person, boolean lead) {
        if (!rights.isAdmin(admin)) {
            return Outcome.of(Reason.NOT_AN_ADMIN);
        }
        if (strategy.priority(priority).isEmpty()) {
            return Outcome.of(Reason.NOT_A_PRIORITY, priority, strategy.title());
        }
        if (!person.known()) {
            return Outcome.of(Reason.NO_ONE_MENTIONED, priority);
        }
        // the history's own record of the assignment, not a reply: it is stored as the entry's note
        String record = person.name() + (lead ? " is now the lead for " : " is now a delegate for ") + priority + ".";
        Applied applied = plan.assign(strategy, priority, person.name(), person.aadObjectId(), lead,
                new Change(UUID.randomUUID().toString(), priority, null, record, admin.name(), admin.aadObjectId(),
                        ProgressUpdate.Kind.ASSIGNMENT, null, false));
        return new Outcome(lead ? Reason.LEAD_ASSIGNED : Reason.DELEGATE_ASSIGNED, List.of(person.name(), priority), null,
                applied.update(), List.of());
    }
}

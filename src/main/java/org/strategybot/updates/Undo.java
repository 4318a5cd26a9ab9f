package org.strategybot.updates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Applied;
import org.strategybot.actions.Change;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.strategy.Strategy;
import org.strategybot.updates.Outcome.Reason;

/**
 * Undoes a person's newest update if it is recent and nobody has changed the item since. An undo undoes one update
 * once: an undo itself, or an update already undone, is not undone again.
 */
@Component
class Undo {

    /** Enough of a person's newest history entries to find their newest update among leads they recorded. */
    private static final int OWN_ENTRIES = 20;

    private final ActionPlan plan;
    private final UpdateRights rights;
    private final UpdateSettings settings;
    private final Clock clock;

    Undo(ActionPlan plan, UpdateRights rights, UpdateSettings settings, Clock clock) {
        this.plan = plan;
        this.rights = rights;
        this.settings = settings;
        this.clock = clock;
    }

    Outcome newest(Strategy strategy, Person who) {
        if (!who.known()) {
            return Outcome.of(Reason.UNKNOWN_PERSON);
        }
        List<ProgressUpdate> own = plan.latestBy(strategy, who.aadObjectId(), OWN_ENTRIES).stream()
                .filter(u -> u.kind() == ProgressUpdate.Kind.PROGRESS || u.kind() == ProgressUpdate.Kind.UNDO).toList();
        Instant since = clock.instant().minus(settings.undoWindow());
        Optional<ProgressUpdate> last = own.stream().findFirst().filter(u -> u.at().isAfter(since));
        if (last.isEmpty()) {
            return Outcome.of(Reason.NOTHING_TO_UNDO, settings.undoWindow().toMinutes());
        }
        ProgressUpdate update = last.get();
        if (update.kind() == ProgressUpdate.Kind.UNDO) {
            return Outcome.of(Reason.UNDO_OF_UNDO, update.target());
        }
        // the newest update is undone only by a later entry, unless instances' clocks disagree: asked of the ids as well
        if (own.stream().anyMatch(o -> update.id().equals(o.undoes()))) {
            return Outcome.of(Reason.ALREADY_UNDONE, update.target());
        }
        Optional<Outcome> refused = rights.refusal(strategy, who, update.target());
        if (refused.isPresent()) {
            return refused.get();
        }
        ProgressUpdate.State now = plan.current(strategy, update.target()).orElseThrow();
        if (!update.stillHolds(now)) {
            return Outcome.of(Reason.CHANGED_SINCE, update.target());
        }
        // the history's own record of the undo, not a reply: it is stored as the entry's note
        Applied applied = plan.apply(strategy, new Change(ProgressUpdate.UNDO_PREFIX + update.id(), update.target(),
                update.reversal(), "Undo of an earlier update to " + update.target() + ".", who.name(), who.aadObjectId(),
                ProgressUpdate.Kind.UNDO, update.id(), false));
        if (applied.repeated()) {
            return Outcome.of(Reason.ALREADY_UNDONE, update.target());
        }
        return new Outcome(Reason.UNDONE, List.of(update.target()), null, applied.update(), List.of());
    }
}

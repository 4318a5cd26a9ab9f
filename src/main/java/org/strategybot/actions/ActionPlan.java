package org.strategybot.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;


import org.springframework.stereotype.Service;
import org.strategybot.strategy.Strategy;

/** The action plan's public face: status, actions and history, as plain records. */
@Service
public class ActionPlan {

    private final StatusRollUp rollUp;
    private final Actions actions;
    private final ProgressUpdates updates;
    private final PlanRecords records;
    private final ActionSettings settings;
    private final Clock clock;

    ActionPlan(StatusRollUp rollUp, Actions actions, ProgressUpdates updates, PlanRecords records,
            ActionSettings settings, Clock clock) {
        this.rollUp = rollUp;
        this.actions = actions;
        this.updates = updates;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A lead sets the priority's RAG over the calculated one, or removes their override ({@code rag} null).
     * The reason is required and, with the before and after RAG, goes into the history.
     *
     * @throws IllegalArgumentException without a reason, or for a priority the strategy does not have
     * @throws ConcurrentChangeException when someone else changed the priority at the same moment
     */
    public PriorityStatus overrideRag(Strategy strategy, String code, Rag rag, String reason, String by, String byId) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is needed to set a priority's RAG by hand.");
        }
        Strategy.Priority priority = strategy.priority(code)
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a priority of " + strategy.id() + "."));
        Rag before = status(strategy, priority.code()).map(PriorityStatus::rag).orElse(null);
        PriorityRecord existing = records.priority(strategy.id(), priority.code()).orElse(null);
        long version = existing == null ? 0 : existing.version();
        Instant now = clock.instant();
        PriorityRecord.Override override = rag == null ? null : new PriorityRecord.Override(rag, reason.trim(), by, now);
        if (!records.setOverride(strategy.id(), priority.code(), version, override)) {
            throw new ConcurrentChangeException(priority.code());
        }
        try {
            updates.insertIfAbsent(new ProgressUpdate(Action.id(strategy.id(), priority.code()) + ":" + now.toEpochMilli()
                    + ":" + (version + 1), strategy.id(), priority.code(), priority.code(), by, byId, now, reason.trim(),
                    new ProgressUpdate.State(before, null, null), new ProgressUpdate.State(rag, null, null), false));
        } catch (RuntimeException historyFailed) {
            // no transactions on every store this runs on: undo the override rather than leave it unrecorded
            records.setOverride(strategy.id(), priority.code(), version + 1, existing == null ? null : existing.override());
            throw historyFailed;
        } finally {
            rollUp.evict(strategy.id());
        }
        return status(strategy, priority.code()).orElseThrow();
    }

    /** Every priority's status; served from the cache until the plan changes. */
    public PlanStatus status(Strategy strategy) {
        return rollUp.compute(strategy);
    }

    public Optional<PriorityStatus> status(Strategy strategy, String priorityCode) {
        return status(strategy).priority(priorityCode);
    }

    /** Actions matching the filter, read from the store (not the cache), so filters see every action. */
    public List<ActionView> actions(ActionFilter filter) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        Instant staleBefore = now.minus(settings.staleAfter());
        return actions.find(filter, today, staleBefore).stream().map(a -> ActionView.of(a, today, staleBefore)).toList();
    }

    /** Progress updates at or after {@code since}, newest first. */
    public List<ProgressUpdate> updatesSince(String strategyId, Instant since) {
        return updates.since(strategyId, since);
    }

    /** The start of the window "what changed this week" looks at. */
    public Instant trendWindowStart() {
        return clock.instant().minus(settings.trendWindow());
    }

    public ActionSettings settings() {
        return settings;
    }
}

package org.strategybot.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;


import org.springframework.stereotype.Service;
import org.strategybot.retention.RetentionSettings;
import org.strategybot.strategy.Strategy;

/** The action plan's public face: status, actions and history, as plain records. */
@Service
public class ActionPlan {

    private final StatusRollUp rollUp;
    private final PlanWrites writes;
    private final Actions actions;
    private final ProgressUpdates updates;
    private final PlanRecords records;
    private final ActionSettings settings;
    private final RetentionSettings retention;
    private final Clock clock;

    ActionPlan(StatusRollUp rollUp, PlanWrites writes, Actions actions, ProgressUpdates updates, PlanRecords records,
            ActionSettings settings, RetentionSettings retention, Clock clock) {
        this.rollUp = rollUp;
        this.writes = writes;
        this.actions = actions;
        this.updates = updates;
        this.records = records;
        this.settings = settings;
        this.retention = retention;
        this.clock = clock;
    }

    /**
     * Applies a progress update: to an action, its values; to a priority, the lead's RAG or percent over the
     * calculated ones (a value equal to the calculated one removes the override). Every answer reflects it at
     * once on this instance.
     *
     * @throws IllegalArgumentException    for an item the plan does not have
     * @throws ConcurrentChangeException   when others kept changing the item while this was retried
     */
    public Applied apply(Strategy strategy, Change change) {
        return writes.apply(strategy, change);
    }

    /** Records the lead of a priority (or adds a delegate), who may then update it and its actions. */
    public Applied assign(Strategy strategy, String priority, String name, String aadObjectId, boolean lead, Change change) {
        return writes.assign(strategy, priority, name, aadObjectId, lead, change);
    }

    /** Who, besides administrators, may update this priority or action. */
    public Stewards stewards(Strategy strategy, String target) {
        String priority = target.contains(".") ? target.substring(0, target.indexOf('.')) : target;
        PriorityRecord record = records.priority(strategy.id(), priority).orElse(null);
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (record != null) {
            if (record.leadId() != null) {
                ids.add(record.leadId());
            }
            ids.addAll(record.delegateIds());
        }
        if (target.contains(".")) {
            actions.find(strategy.id(), target).map(Action::ownerId).ifPresent(ids::add);
        }
        return new Stewards(priority, record == null ? null : record.lead(), java.util.Set.copyOf(ids));
    }

    /** The priorities' recorded leads who can be reached in Teams (their object ids are known). */
    public List<Lead> leads(Strategy strategy) {
        return records.priorities(strategy.id()).stream().filter(r -> r.leadId() != null)
                .map(r -> new Lead(r.code(), r.lead(), r.leadId())).toList();
    }

    /** The history of a priority (with its actions) or of one action, newest first. */
    public List<ProgressUpdate> history(Strategy strategy, String target, int limit) {
        writes.completePending(strategy.id());
        return updates.history(strategy.id(), target, limit);
    }

    /** The latest updates by one author, newest first, for "undo my last update". */
    public List<ProgressUpdate> latestBy(Strategy strategy, String authorId, int limit) {
        writes.completePending(strategy.id());
        return updates.by(strategy.id(), authorId, limit);
    }

    /** The current state of an item, to compare with an update's "after" before undoing it. */
    public Optional<ProgressUpdate.State> current(Strategy strategy, String target) {
        if (target.contains(".")) {
            return actions.find(strategy.id(), target).map(Action::state);
        }
        return status(strategy, target).map(p -> new ProgressUpdate.State(p.rag(), p.percent(), null));
    }

    /** Every priority's status, from the cache, which every change to the plan on this instance recomputes. */
    public PlanStatus status(Strategy strategy) {
        return rollUp.status(strategy);
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

    /**
     * The progress at or after {@code since}, newest first: what the digest, the committee report and "what changed"
     * show. Undos, the updates they reversed and lead records stay in the history ({@link #updatesSince}).
     */
    public List<ProgressUpdate> progressSince(String strategyId, Instant since) {
        return ProgressUpdate.progress(updates.since(strategyId, since));
    }

    /**
     * Each priority's RAG at each moment, rebuilt from the history the same way the trend is.
     *
     * @throws IllegalArgumentException for a moment before the history is kept from ({@code strategy-bot.retention.progress-history}):
     *                                  the updates it would be rebuilt from may be gone
     */
    public List<RagAt> ragAt(Strategy strategy, List<Instant> moments) {
        Instant keptSince = PlanRetention.historyKeptSince(retention, settings, clock.instant());
        if (moments.stream().anyMatch(m -> m.isBefore(keptSince))) {
            throw new IllegalArgumentException("Progress updates are kept for " + RetentionSettings.words(retention.progressHistory())
                    + " (strategy-bot.retention.progress-history), so the RAG can be rebuilt from "
                    + LocalDate.ofInstant(keptSince, settings.zone()).plusDays(1) + " on; choose a later start.");
        }
        writes.completePending(strategy.id());
        return rollUp.ragAt(strategy, moments);
    }

    /** The start of the window "what changed this week" looks at. */
    public Instant trendWindowStart() {
        return clock.instant().minus(settings.trendWindow());
    }

    public ActionSettings settings() {
        return settings;
    }
}

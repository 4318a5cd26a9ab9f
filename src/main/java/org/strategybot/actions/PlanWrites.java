package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.strategybot.strategy.Strategy;
import org.strategybot.system.StoreWrites;

import com.mongodb.client.result.UpdateResult;

/**
 * Changes to the plan, safe without transactions: each change is one conditional write to one document
 * (the action, or the priority record) that also carries the change's history record as "pending". The
 * history insert follows and is idempotent; a change whose history insert was interrupted is completed
 * by {@link #completePending}. So a person is told "saved" only when the change is stored, and the
 * history can never lose it. The version condition makes concurrent changes retry rather than overwrite.
 */
@Component
class PlanWrites {

    static final int ATTEMPTS = 12;

    private final MongoOperations mongo;
    private final PlanRecords records;
    private final StatusRollUp rollUp;
    private final ActionSettings settings;
    private final Clock clock;

    PlanWrites(MongoOperations mongo, PlanRecords records, StatusRollUp rollUp, ActionSettings settings, Clock clock) {
        this.mongo = mongo;
        this.records = records;
        this.rollUp = rollUp;
        this.settings = settings;
        this.clock = clock;
    }

    Applied apply(Strategy strategy, Change change) {
        try {
            return ItemCode.of(change.target()).isAction() ? applyToAction(strategy, change) : applyToPriority(strategy, change);
        } finally {
            rollUp.refresh(strategy);
        }
    }

    private Applied applyToAction(Strategy strategy, Change c) {
        String id = Action.id(strategy.id(), c.target());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Action a = Optional.ofNullable(mongo.findById(id, Action.class)).orElseThrow(
                    () -> new IllegalArgumentException("There is no action " + c.target() + " in the plan."));
            Optional<Applied> done = already(a.pending(), c.id(), Action.class, id);
            if (done.isPresent()) {
                return done.get();
            }
            Instant now = clock.instant();
            Action after = a.with(c.values(), now);
            ProgressUpdate u = new ProgressUpdate(c.id(), strategy.id(), a.code(), a.priority(), c.author(), c.authorId(),
                    now, c.note(), a.state(), after.state(), a.sample(), c.kind(), c.undoes(), c.sensitive(), null);
            Update write = new Update().set("rag", after.rag()).set("percent", after.percent()).set("due", after.due())
                    .set("lastUpdateAt", now).inc("version", 1).set("pending", u).set("recent", recent(a.recent(), u));
            // the action's own note is its latest progress as the export shows it to any reader: an undo's or a
            // sensitive note (shown only in 1:1 chats and to administrators) never becomes it
            if (c.kind() == ProgressUpdate.Kind.PROGRESS && !c.sensitive() && c.note() != null && !c.note().isBlank()) {
                write.set("note", c.note());
            }
            if (mongo.updateFirst(versioned(id, a.version()), write, Action.class).getMatchedCount() == 1) {
                finish(Action.class, id, u);
                return new Applied(u, false);
            }
            backOff(attempt);
        }
        throw new ConcurrentChangeException(c.target());
    }

    private Applied applyToPriority(Strategy strategy, Change c) {
        String code = strategy.priority(c.target()).map(Strategy.Priority::code).orElseThrow(
                () -> new IllegalArgumentException("'" + c.target() + "' is not a priority of " + strategy.id() + "."));
        String id = Action.id(strategy.id(), code);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PriorityRecord r = records.priority(strategy.id(), code).orElse(null);
            Optional<Applied> done = already(r == null ? null : r.pending(), c.id(), PriorityRecord.class, id);
            if (done.isPresent()) {
                return done.get();
            }
            PriorityStatus now = rollUp.compute(strategy).priority(code).orElseThrow();
            PriorityRecord.StoredOverride old = r == null ? null : r.override();
            Instant at = clock.instant();
            // undoing the latest change puts back exactly what stood before it, reason, author and time included
            boolean undoesLatest = c.kind() == ProgressUpdate.Kind.UNDO && r != null && r.previous() != null
                    && r.previous().change().equals(c.undoes());
            PriorityRecord.StoredOverride next = undoesLatest ? r.previous().override() : override(now, old, c, at);
            int percentAfter = next != null && next.percent() != null ? next.percent() : now.calculatedPercent();
            Rag ragAfter = next != null && next.rag() != null ? next.rag() : now.calculated();
            ProgressUpdate u = new ProgressUpdate(c.id(), strategy.id(), code, code, c.author(), c.authorId(), at, c.note(),
                    new ProgressUpdate.State(now.rag(), now.percent(), null),
                    new ProgressUpdate.State(ragAfter, percentAfter, null), now.sample(), c.kind(), c.undoes(), c.sensitive(), null);
            Update write = new Update().set("override", next).set("previous", new PriorityRecord.Previous(c.id(), old))
                    .inc("version", 1).set("pending", u)
                    .set("recent", recent(r == null ? null : r.recent(), u))
                    .setOnInsert("strategyId", strategy.id()).setOnInsert("code", code);
            if (upsertVersioned(id, r == null ? 0 : r.version(), write)) {
                finish(PriorityRecord.class, id, u);
                return new Applied(u, false);
            }
            backOff(attempt);
        }
        throw new ConcurrentChangeException(c.target());
    }

    /**
     * A priority's own RAG and percent are the calculated ones unless the lead says otherwise: a value equal
     * to the calculated one removes that part of the override. A change that gives no reason of its own (a
     * percent alone, say) keeps the reason on record; so does an undo, whose note says only that it undid something.
     */
    private static PriorityRecord.StoredOverride override(PriorityStatus now, PriorityRecord.StoredOverride old, Change c, Instant at) {
        Rag rag = old == null ? null : old.rag();
        Integer percent = old == null ? null : old.percent();
        if (c.values().rag() != null) {
            rag = c.values().rag() == now.calculated() ? null : c.values().rag();
        }
        if (c.values().percent() != null) {
            percent = c.values().percent() == now.calculatedPercent() ? null : c.values().percent();
        }
        if (rag == null && percent == null) {
            return null;
        }
        boolean undo = c.kind() == ProgressUpdate.Kind.UNDO;
        boolean newReason = !undo && (c.note() != null && !c.note().isBlank() || old == null);
        return new PriorityRecord.StoredOverride(rag, percent, newReason ? c.note() : old == null ? null : old.reason(),
                c.author(), at, newReason ? c.sensitive() : old != null && old.sensitive());
    }

    /** Records who leads a priority, or adds a delegate, with the change in the history. */
    Applied assign(Strategy strategy, String code, String name, String aadObjectId, boolean lead, Change c) {
        String id = Action.id(strategy.id(), code);
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                PriorityRecord r = records.priority(strategy.id(), code).orElse(null);
                Optional<Applied> done = already(r == null ? null : r.pending(), c.id(), PriorityRecord.class, id);
                if (done.isPresent()) {
                    return done.get();
                }
                ProgressUpdate u = new ProgressUpdate(c.id(), strategy.id(), code, code, c.author(), c.authorId(),
                        clock.instant(), c.note(), null, null, false, ProgressUpdate.Kind.ASSIGNMENT, null, false, null);
                Update write = (lead ? new Update().set("lead", name).set("leadId", aadObjectId)
                        : new Update().addToSet("delegateIds", aadObjectId))
                        .inc("version", 1).set("pending", u).set("recent", recent(r == null ? null : r.recent(), u))
                        .setOnInsert("strategyId", strategy.id()).setOnInsert("code", code);
                if (upsertVersioned(id, r == null ? 0 : r.version(), write)) {
                    finish(PriorityRecord.class, id, u);
                    return new Applied(u, false);
                }
                backOff(attempt);
            }
            throw new ConcurrentChangeException(code);
        } finally {
            rollUp.refresh(strategy);
        }
    }

    /** Finishes changes whose history record was not yet written (a crash or an outage in between). */
    void completePending(String strategyId) {
        Query pending = query(where("strategyId").is(strategyId).and("pending").ne(null));
        mongo.find(pending, Action.class).forEach(a -> finish(Action.class, a.id(), a.pending()));
        mongo.find(pending, PriorityRecord.class).forEach(p -> finish(PriorityRecord.class, p.id(), p.pending()));
    }

    /**
     * Gives items stored before they carried their recent updates those updates, from one read of the history;
     * afterwards every write keeps them. Conditional on the version read, so a change made meanwhile wins.
     */
    void keepRecent(String strategyId) {
        Query missing = query(where("strategyId").is(strategyId).and("recent").exists(false));
        List<Action> actions = mongo.find(missing, Action.class);
        List<PriorityRecord> priorities = mongo.find(missing, PriorityRecord.class);
        if (actions.isEmpty() && priorities.isEmpty()) {
            return;
        }
        Instant windowStart = clock.instant().minus(settings.trendWindow());
        Map<String, List<ProgressUpdate>> byTarget = new HashMap<>();
        mongo.find(query(where("strategyId").is(strategyId)), ProgressUpdate.class).stream()
                .sorted(Comparator.comparing(ProgressUpdate::at))
                .forEach(u -> byTarget.computeIfAbsent(u.target(), t -> new ArrayList<>()).add(u));
        actions.forEach(a -> keep(Action.class, a.id(), a.version(), byTarget.get(a.code()), windowStart));
        priorities.forEach(r -> keep(PriorityRecord.class, r.id(), r.version(), byTarget.get(r.code()), windowStart));
    }

    private void keep(Class<?> type, String id, long version, List<ProgressUpdate> history, Instant windowStart) {
        List<ProgressUpdate> kept = List.of();
        for (ProgressUpdate u : history == null ? List.<ProgressUpdate>of() : history) {
            kept = RecentUpdates.after(kept, u, windowStart);
        }
        mongo.updateFirst(query(where("_id").is(id).and("version").is(version).and("recent").exists(false)),
                new Update().set("recent", kept), type);
    }

    Optional<Applied> already(ProgressUpdate pending, String changeId, Class<?> type, String docId) {
        if (pending != null && pending.id().equals(changeId)) {
            finish(type, docId, pending);
            return Optional.of(new Applied(pending, true));
        }
        return Optional.ofNullable(mongo.findById(changeId, ProgressUpdate.class)).map(u -> new Applied(u, true));
    }

    void finish(Class<?> type, String docId, ProgressUpdate u) {
        StoreWrites.insertIfAbsent(mongo, u);
        mongo.updateFirst(query(where("_id").is(docId).and("pending.id").is(u.id())), new Update().unset("pending"), type);
    }

    List<ProgressUpdate> recent(List<ProgressUpdate> kept, ProgressUpdate added) {
        return RecentUpdates.after(kept, added, added.at().minus(settings.trendWindow()));
    }

    /** Someone else wrote first: wait a little, longer each time and at random, so that writers spread out. */
    static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * (attempt + 2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentChangeException("the item");
        }
    }

    static Query versioned(String id, long version) {
        return query(where("_id").is(id).and("version").is(version));
    }

    /**
     * Writes a priority record at the version read, creating it if there was none. A record that exists at
     * another version is not matched, so the upsert tries to insert its id again and the store refuses.
     */
    private boolean upsertVersioned(String id, long version, Update write) {
        try {
            UpdateResult result = mongo.upsert(versioned(id, version), write, PriorityRecord.class);
            return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException changedMeanwhile) {
            return false;
        }
    }
}

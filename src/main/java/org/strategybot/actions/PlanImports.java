package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.strategybot.actions.PlanChanges.FieldChange;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

/**
 * Applies rows to a plan: decided whole by {@link PlanDiff}, recorded in an {@link ImportJournal}, then written
 * action by action, each write one conditional single-document write carrying its history entry (as
 * {@link PlanWrites} does for chat updates), so the history can never miss a change and a change is never made
 * twice.
 */
@Component
class PlanImports {

    private static final Logger log = LoggerFactory.getLogger(PlanImports.class);

    private final MongoOperations mongo;
    private final Actions actions;
    private final PlanWrites writes;
    private final StatusRollUp rollUp;
    private final StrategyCatalog catalog;
    private final Clock clock;

    PlanImports(MongoOperations mongo, Actions actions, PlanWrites writes, StatusRollUp rollUp, StrategyCatalog catalog,
            Clock clock) {
        this.mongo = mongo;
        this.actions = actions;
        this.writes = writes;
        this.rollUp = rollUp;
        this.catalog = catalog;
        this.clock = clock;
    }

    PlanChanges preview(Strategy strategy, List<PlanRow> rows, ImportRequest request) {
        completePending(strategy.id());
        return PlanDiff.of(strategy, actions.everyAction(strategy.id()), rows, request).changes();
    }

    /** Applies what {@link #preview} says, and returns it; nothing at all when it changes nothing. */
    PlanChanges apply(Strategy strategy, List<PlanRow> rows, ImportRequest request) {
        completePending(strategy.id());
        PlanDiff.Planned planned = PlanDiff.of(strategy, actions.everyAction(strategy.id()), rows, request);
        if (planned.changes().changesNothing()) {
            return planned.changes();
        }
        Instant at = clock.instant();
        ImportJournal journal = new ImportJournal("import-" + at.toEpochMilli() + "-" + UUID.randomUUID(), strategy.id(),
                at, request, planned.rows(), planned.retire(), planned.replaceSample());
        mongo.insert(journal);
        rollForward(strategy, journal);
        return planned.changes();
    }

    /** Finishes imports that stopped half way. */
    void completePending(String strategyId) {
        List<ImportJournal> pending = mongo.find(query(where("strategyId").is(strategyId)), ImportJournal.class);
        if (pending.isEmpty()) {
            return;
        }
        Strategy strategy = catalog.find(strategyId).orElse(null);
        for (ImportJournal journal : pending) {
            if (strategy != null) {
                log.warn("Finishing import {} into {}, which stopped half way", journal.id(), strategyId);
                rollForward(strategy, journal);
            }
        }
    }

    private void rollForward(Strategy strategy, ImportJournal journal) {
        try {
            if (journal.replaceSample()) {
                removeSample(strategy.id());
            }
            if (journal.request().wholePlan() && !journal.request().sample()) {
                mongo.upsert(query(where("_id").is(strategy.id())), new Update().set("sample", false).unset("note")
                        .set("loadedAt", journal.at()).set("source", journal.request().source()), PlanInfo.class);
            }
            for (PlanRow row : journal.rows()) {
                write(strategy, row, false, journal);
            }
            for (String code : journal.retire()) {
                write(strategy, new PlanRow(0, code, null, null, null, null, null, null, null, null, null), true, journal);
            }
            mongo.remove(query(where("_id").is(journal.id())), ImportJournal.class);
        } finally {
            rollUp.refresh(strategy);
        }
    }

    /**
     * Sample data is nobody's record: when a directorate's own plan replaces it, the sample actions and the sample
     * history go, and the sample's role-title leads with them (a lead recorded with an Azure AD id stays).
     */
    private void removeSample(String strategyId) {
        mongo.remove(query(where("strategyId").is(strategyId).and("sample").is(true)), ProgressUpdate.class);
        mongo.remove(query(where("strategyId").is(strategyId).and("sample").is(true)), Action.class);
        mongo.updateMulti(query(where("strategyId").is(strategyId).and("leadId").is(null)), new Update().unset("lead"),
                PriorityRecord.class);
    }

    private void write(Strategy strategy, PlanRow row, boolean retire, ImportJournal journal) {
        String id = Action.id(strategy.id(), row.code());
        String changeId = journal.id() + ":" + row.code();
        ImportRequest request = journal.request();
        for (int attempt = 0; attempt < PlanWrites.ATTEMPTS; attempt++) {
            Action now = mongo.findById(id, Action.class);
            if (writes.already(now == null ? null : now.pending(), changeId, Action.class, id).isPresent()) {
                return;
            }
            Instant at = clock.instant();
            List<FieldChange> fields = retire ? (now == null || now.retired() ? List.of()
                    : List.of(new FieldChange("status", "in force", "retired"))) : PlanDiff.fields(now, row);
            if (fields.isEmpty()) {
                return;
            }
            Action after = retire ? retired(now) : PlanDiff.merged(now, row, strategy.id(), request.sample(), at);
            if (after.ownerId() == null && after.ownerEmail() != null) {
                after = withOwnerId(after, knownId(strategy.id(), after.ownerEmail()));
            }
            boolean progressed = fields.stream().anyMatch(f -> PROGRESS.contains(f.field()));
            boolean progress = now == null || progressed;
            // an action added or retired, or only re-titled or re-owned, is the plan changing, not news of its work: the
            // digest and the committee report leave it out (a first import would otherwise list every action)
            ProgressUpdate.Kind kind = now != null && !retire && progressed ? ProgressUpdate.Kind.PROGRESS
                    : ProgressUpdate.Kind.PLAN_CHANGE;
            ProgressUpdate u = new ProgressUpdate(changeId, strategy.id(), after.code(), after.priority(), request.author(),
                    request.authorId(), at, note(request.source(), now == null, retire, row, fields),
                    now == null ? null : now.state(), after.state(), after.sample(), kind, null, false, null);
            Action stored = new Action(after.id(), after.strategyId(), after.code(), after.priority(), after.title(),
                    after.businessArea(), after.owner(), after.ownerId(), after.due(), after.rag(), after.percent(),
                    after.createdAt(), progress ? at : (now == null ? at : now.lastUpdateAt()), after.version() + 1,
                    after.sample(), u, writes.recent(after.recent(), u), after.ownerEmail(), after.note(), after.retired());
            if (now == null ? insert(stored)
                    : mongo.findAndReplace(PlanWrites.versioned(id, now.version()), stored) != null) {
                writes.finish(Action.class, id, u);
                return;
            }
            PlanWrites.backOff(attempt);
        }
        throw new ConcurrentChangeException(row.code());
    }

    /** The fields whose change is progress: they make an action fresh again, as a chat update does. */
    private static final List<String> PROGRESS = List.of("RAG", "% complete", "due date", "latest update");

    private boolean insert(Action action) {
        try {
            mongo.insert(action);
            return true;
        } catch (DuplicateKeyException addedMeanwhile) {
            return false;
        }
    }

    /** The history's note: where the change came from, and the progress note or what changed. */
    static String note(String source, boolean added, boolean retired, PlanRow row, List<FieldChange> fields) {
        String from = source.substring(0, 1).toUpperCase(Locale.ROOT) + source.substring(1);
        boolean newNote = fields.stream().anyMatch(f -> f.field().equals("latest update"));
        if (newNote) {
            return from + ": " + PlanDiff.text(row.note());
        }
        if (added || retired) {
            return from + (added ? " (added)" : " (retired)");
        }
        return from + " (" + String.join(", ", fields.stream().map(FieldChange::field).toList()) + " changed)";
    }

    /** The Azure AD object id this plan already knows for an email, from another action or a priority's lead. */
    private String knownId(String strategyId, String email) {
        Optional<String> fromAction = mongo.find(query(where("strategyId").is(strategyId).and("ownerEmail").is(email)
                .and("ownerId").ne(null)).limit(1), Action.class).stream().map(Action::ownerId).findFirst();
        return fromAction.orElseGet(() -> mongo.find(query(where("strategyId").is(strategyId).and("leadEmail").is(email)
                .and("leadId").ne(null)).limit(1), PriorityRecord.class).stream().map(PriorityRecord::leadId)
                .findFirst().orElse(null));
    }

    private static Action retired(Action a) {
        return new Action(a.id(), a.strategyId(), a.code(), a.priority(), a.title(), a.businessArea(), a.owner(),
                a.ownerId(), a.due(), a.rag(), a.percent(), a.createdAt(), a.lastUpdateAt(), a.version(), a.sample(),
                a.pending(), a.recent(), a.ownerEmail(), a.note(), true);
    }

    private static Action withOwnerId(Action a, String ownerId) {
        return new Action(a.id(), a.strategyId(), a.code(), a.priority(), a.title(), a.businessArea(), a.owner(),
                ownerId, a.due(), a.rag(), a.percent(), a.createdAt(), a.lastUpdateAt(), a.version(), a.sample(),
                a.pending(), a.recent(), a.ownerEmail(), a.note(), a.retired());
    }
}

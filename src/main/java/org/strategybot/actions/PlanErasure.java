package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.strategybot.actions.PlanStaffRecords.concerns;
import static org.strategybot.actions.PlanStaffRecords.delegates;
import static org.strategybot.actions.PlanStaffRecords.leads;
import static org.strategybot.actions.PlanStaffRecords.before;
import static org.strategybot.actions.PlanStaffRecords.concerns;
import static org.strategybot.actions.PlanStaffRecords.owns;
import static org.strategybot.actions.PlanStaffRecords.writtenBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.strategybot.people.Identity;
import org.strategybot.people.Pseudonym;
import org.strategybot.people.Scope;
import org.strategybot.strategy.StrategyCatalog;

/**
 * Erasure in the action plan: the pseudonym in a member of staff's place in the history, in the copies items keep of
 * their recent updates, and in priorities and actions. Every RAG, percent, date and time stays as it was, so the trend,
 * the RAG history and the reports are unchanged. Ids and emails that grant permissions or address reminders (leads',
 * delegates', owners') are removed rather than replaced, so no pseudonym is ever reminded or allowed anything.
 */
@Component
class PlanErasure {

    private static final int ATTEMPTS = 12;

    private final MongoOperations mongo;
    private final PlanStaffRecords records;
    private final StatusRollUp rollUp;
    private final StrategyCatalog catalog;

    PlanErasure(MongoOperations mongo, PlanStaffRecords records, StatusRollUp rollUp, StrategyCatalog catalog) {
        this.mongo = mongo;
        this.records = records;
        this.rollUp = rollUp;
        this.catalog = catalog;
    }

    Map<String, Integer> anonymise(Identity person, Pseudonym pseudonym, Scope scope, Instant at) {
        Map<String, Integer> changed = new TreeMap<>();
        Set<String> strategies = new HashSet<>();
        for (ProgressUpdate u : records.updates(person, scope)) {
            mongo.save(anonymised(u, person, pseudonym, at));
            changed.merge("updates", 1, Integer::sum);
            strategies.add(u.strategyId());
        }
        for (PriorityRecord r : records.priorities(scope)) {
            if (rewrite(PriorityRecord.class, r.id(), person, pseudonym, at)) {
                changed.merge("priorities", 1, Integer::sum);
                strategies.add(r.strategyId());
            }
        }
        for (Action a : records.actions(scope)) {
            if (rewrite(Action.class, a.id(), person, pseudonym, at)) {
                changed.merge("actions", 1, Integer::sum);
                strategies.add(a.strategyId());
            }
        }
        // the cached status holds leads' names and latest updates: recomputed, so nobody is shown the erased name
        strategies.forEach(id -> catalog.find(id).ifPresent(rollUp::refresh));
        return changed;
    }

    /**
     * Rewrites one action or priority record without the person, at the version read, so that a change made
     * meanwhile is not overwritten (it is read again and the rewrite retried).
     *
     * @return whether it held anything about them
     */
    private boolean rewrite(Class<?> type, String id, Identity person, Pseudonym pseudonym, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object current = mongo.findById(id, type);
            if (current == null) {
                return false;
            }
            Update update = current instanceof Action a ? without(a, person, pseudonym, at)
                    : without((PriorityRecord) current, person, pseudonym, at);
            if (update == null) {
                return false;
            }
            long version = current instanceof Action a ? a.version() : ((PriorityRecord) current).version();
            if (mongo.updateFirst(query(where("_id").is(id).and("version").is(version)), update.inc("version", 1), type)
                    .getMatchedCount() == 1) {
                return true;
            }
        }
        throw new ConcurrentChangeException(id);
    }

    private Update without(Action a, Identity person, Pseudonym pseudonym, Instant at) {
        Update update = new Update();
        boolean changed = copies(update, a.recent(), a.pending(), person, pseudonym, at);
        if (owns(a, person)) {
            update.set("owner", pseudonym.name()).unset("ownerId").unset("ownerEmail");
            changed = true;
        }
        if (person.mentionedIn(a.note())) {
            update.set("note", person.scrub(a.note(), pseudonym));
            changed = true;
        }
        return changed ? update : null;
    }

    private Update without(PriorityRecord r, Identity person, Pseudonym pseudonym, Instant at) {
        Update update = new Update();
        boolean changed = copies(update, r.recent(), r.pending(), person, pseudonym, at);
        if (leads(r, person)) {
            update.set("lead", pseudonym.name()).unset("leadId").unset("leadEmail");
            changed = true;
        }
        if (delegates(r, person)) {
            update.set("delegateIds", r.delegateIds().stream().filter(d -> !person.hasId(d)).toList());
            changed = true;
        }
        if (concerns(r.override(), person)) {
            update.set("override", scrubbed(r.override(), person, pseudonym));
            changed = true;
        }
        if (concerns(before(r), person)) {
            update.set("previous", new PriorityRecord.Previous(r.previous().change(), scrubbed(before(r), person, pseudonym)));
            changed = true;
        }
        return changed ? update : null;
    }

    private static PriorityRecord.StoredOverride scrubbed(PriorityRecord.StoredOverride o, Identity person, Pseudonym pseudonym) {
        return new PriorityRecord.StoredOverride(o.rag(), o.percent(), person.scrub(o.reason(), pseudonym),
                person.hasName(o.by()) ? pseudonym.name() : o.by(), o.at(), o.sensitive());
    }

    /** The item's own copies of its recent updates and of a change in flight, anonymised where they concern the person. */
    private static boolean copies(Update update, List<ProgressUpdate> recent, ProgressUpdate pending, Identity person,
            Pseudonym pseudonym, Instant at) {
        List<ProgressUpdate> kept = recent.stream().map(u -> anonymised(u, person, pseudonym, at)).toList();
        boolean changed = false;
        if (!kept.equals(recent)) {
            update.set("recent", kept);
            changed = true;
        }
        if (pending != null && concerns(pending, person)) {
            update.set("pending", anonymised(pending, person, pseudonym, at));
            changed = true;
        }
        return changed;
    }

    private static ProgressUpdate anonymised(ProgressUpdate u, Identity person, Pseudonym pseudonym, Instant at) {
        if (!concerns(u, person)) {
            return u;
        }
        boolean author = writtenBy(u, person);
        return u.anonymised(author ? pseudonym.name() : u.author(), author ? pseudonym.id() : u.authorId(),
                person.scrub(u.note(), pseudonym), at);
    }
}

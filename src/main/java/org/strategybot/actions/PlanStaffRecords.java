package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.strategybot.people.Identity;
import org.strategybot.people.Scope;

/**
 * Which of the plan's records concern a member of staff, for subject access and erasure alike: the queries, and the
 * rules for when an update, a priority or an action is theirs, so that what is listed is exactly what is erased.
 */
@Component
class PlanStaffRecords {

    private final MongoOperations mongo;

    PlanStaffRecords(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Updates they wrote or whose notes name them: the store narrows by id, name and pattern, then each is checked. */
    List<ProgressUpdate> updates(Identity person, Scope scope) {
        List<Criteria> any = person.storeMatches("authorId", "note");
        if (!person.names().isEmpty()) {
            // updates loaded from a plan file have a name and no id
            any.add(where("authorId").is(null).and("author").in(person.names()));
        }
        if (any.isEmpty()) {
            return List.of();
        }
        return mongo.find(query(new Criteria().andOperator(scope.strategies("strategyId"), new Criteria().orOperator(any)))
                .with(Sort.by("at")), ProgressUpdate.class).stream().filter(u -> concerns(u, person)).toList();
    }

    /** The names they wrote updates under, found by their ids. */
    List<String> authorNames(Identity person, Scope scope) {
        return mongo.find(query(new Criteria().andOperator(scope.strategies("strategyId"), where("authorId").in(person.keys()))),
                ProgressUpdate.class).stream().map(ProgressUpdate::author).toList();
    }

    List<PriorityRecord> priorities(Scope scope) {
        return mongo.find(query(scope.strategies("strategyId")), PriorityRecord.class);
    }

    List<Action> actions(Scope scope) {
        return mongo.find(query(scope.strategies("strategyId")).with(Sort.by("_id")), Action.class);
    }

    static boolean concerns(ProgressUpdate u, Identity person) {
        return writtenBy(u, person) || person.mentionedIn(u.note());
    }

    static boolean writtenBy(ProgressUpdate u, Identity person) {
        return person.hasId(u.authorId()) || u.authorId() == null && person.hasName(u.author());
    }

    static boolean leads(PriorityRecord r, Identity person) {
        return person.hasId(r.leadId()) || person.hasId(r.leadEmail()) || r.leadId() == null && person.hasName(r.lead());
    }

    static boolean delegates(PriorityRecord r, Identity person) {
        return r.delegateIds().stream().anyMatch(person::hasId);
    }

    /** An override they set, or whose reason names them: the standing one, or the one kept for an undo. */
    static boolean concerns(PriorityRecord.StoredOverride o, Identity person) {
        return o != null && (person.hasName(o.by()) || person.mentionedIn(o.reason()));
    }

    /** The override as it stood before the priority's latest change, kept so that the change can be undone; or null. */
    static PriorityRecord.StoredOverride before(PriorityRecord r) {
        return r.previous() == null ? null : r.previous().override();
    }

    /**
     * An owner by id, or by name where the plan gives no id. A name alone is matched as a whole field: owners are
     * often role titles ("Head of Early Help"), so an owner's text is never taken for a person's name elsewhere.
     */
    static boolean owns(Action a, Identity person) {
        return person.hasId(a.ownerId()) || person.hasId(a.ownerEmail()) || a.ownerId() == null && person.hasName(a.owner());
    }
}

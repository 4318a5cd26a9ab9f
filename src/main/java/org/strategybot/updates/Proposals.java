package org.strategybot.updates;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.strategybot.system.StoreWrites;

/** Proposals waiting for Confirm. */
@Repository
class Proposals {

    private final MongoOperations mongo;

    Proposals(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** @return the proposal stored under its id: this one, or the one a duplicate delivery stored first */
    Proposal insertIfAbsent(Proposal proposal) {
        StoreWrites.insertIfAbsent(mongo, proposal);
        return mongo.findById(proposal.id(), Proposal.class);
    }

    Optional<Proposal> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Proposal.class));
    }

    /**
     * Claims a proposal for applying: only one Confirm of a double click gets it. A claim older than
     * {@code staleClaim} (its applier died) can be taken again; applying is idempotent by the proposal's id.
     */
    Optional<Proposal> claim(String id, Instant now, Instant staleClaim) {
        Criteria claimable = new Criteria().orOperator(where("status").is(Proposal.Status.PENDING),
                new Criteria().andOperator(where("status").is(Proposal.Status.CONFIRMING), where("claimedAt").lt(staleClaim)));
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(id)).addCriteria(claimable),
                new Update().set("status", Proposal.Status.CONFIRMING).set("claimedAt", now),
                FindAndModifyOptions.options().returnNew(true), Proposal.class));
    }

    void release(String id) {
        mongo.updateFirst(query(where("_id").is(id).and("status").is(Proposal.Status.CONFIRMING)),
                new Update().set("status", Proposal.Status.PENDING).unset("claimedAt"), Proposal.class);
    }

    /** Marks it saved and drops its note: the history holds the note from now on. */
    void saved(String id) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("status", Proposal.Status.SAVED).unset("note"),
                Proposal.class);
    }

    void delete(String id) {
        mongo.remove(query(where("_id").is(id)), Proposal.class);
    }

    /** Deletes unconfirmed proposals older than the expiry, with their text; returns how many. */
    long deleteExpired(Instant before) {
        return mongo.remove(query(where("at").lt(before).and("status").ne(Proposal.Status.SAVED)), Proposal.class)
                .getDeletedCount();
    }

    /** Deletes the records of confirmed proposals posted before {@code before}; returns how many. */
    long deleteSavedBefore(Instant before) {
        return mongo.remove(query(where("at").lt(before).and("status").is(Proposal.Status.SAVED)), Proposal.class)
                .getDeletedCount();
    }
}

package org.strategybot.people;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.strategybot.system.StoreWrites;

/** The register of erasures, numbered in order: each number is the pseudonym its person became. */
@Repository
class Erasures {

    private static final int ATTEMPTS = 20;

    private final MongoOperations mongo;

    Erasures(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Records an erasure as started, under the next free number (two started at once cannot share one). */
    Erasure start(Erasure.Subject subject, String tenantId, String by, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Erasure last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), Erasure.class);
            Erasure next = new Erasure(last == null ? 1 : last.number() + 1, by, tenantId, at, null, Map.of(), subject);
            if (StoreWrites.insertIfAbsent(mongo, next)) {
                return next;
            }
        }
        throw new IllegalStateException("Could not number the erasure: others kept starting at the same time.");
    }

    /** Erasures not finished (the process stopped half way), oldest first. */
    List<Erasure> unfinished() {
        return mongo.find(query(where("finishedAt").is(null)).with(Sort.by("_id")), Erasure.class);
    }

    /** An unfinished erasure of this person, if one was interrupted: it is finished with its own pseudonym. */
    Optional<Erasure> unfinishedFor(Identity person) {
        return unfinished().stream().filter(e -> e.subject() != null && overlaps(e.subject().person(), person)).findFirst();
    }

    /** Marks the erasure finished, with what it changed, and forgets whom it was about. */
    void finish(int number, Map<String, Integer> changed, Instant at) {
        mongo.updateFirst(query(where("_id").is(number)),
                new Update().set("finishedAt", at).set("changed", changed).unset("subject"), Erasure.class);
    }

    /** Every erasure, newest first: the audit trail of erasures. */
    List<Erasure> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), Erasure.class);
    }

    private static boolean overlaps(Identity a, Identity b) {
        return a.ids().stream().anyMatch(b.ids()::contains) || a.emails().stream().anyMatch(b.emails()::contains);
    }
}

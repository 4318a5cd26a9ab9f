package org.strategybot.system;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A lock held in the store, so that of several instances of the bot only one does what must happen once
 * (sending the digest). It is leased: a holder that dies releases it when the lease runs out. One
 * findAndModify with upsert, which MongoDB, Cosmos DB and the embedded server all have (the same
 * technique as ShedLock's MongoDB provider, without the dependency).
 */
@Component
public class StoreLock {

    @Document("locks")
    record Lease(@Id String name, String holder, Instant until) {
    }

    private final MongoOperations mongo;
    private final Clock clock;

    StoreLock(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * @return a token when the caller now holds the lock, for {@code lease} from now; null when someone else
     *         does. Not reentrant: a second caller in the same instance waits its turn too.
     */
    public String tryLock(String name, Duration lease) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        try {
            Lease held = mongo.findAndModify(query(where("_id").is(name)).addCriteria(where("until").lt(now)),
                    new Update().set("holder", token).set("until", now.plus(lease)),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Lease.class);
            return held != null && token.equals(held.holder()) ? token : null;
        } catch (DuplicateKeyException heldByAnother) {
            return null;
        }
    }

    public void unlock(String name, String token) {
        // the epoch, not "now": the store keeps milliseconds, so a lease ended "now" would still look held to a
        // caller in the same millisecond (DigestDeliveryTest caught it)
        mongo.updateFirst(query(where("_id").is(name).and("holder").is(token)),
                new Update().set("until", Instant.EPOCH), Lease.class);
    }
}

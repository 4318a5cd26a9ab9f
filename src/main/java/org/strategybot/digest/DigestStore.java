package org.strategybot.digest;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.strategybot.system.StoreWrites;

/** Installations, subscriptions and the record of every delivery. */
@Repository
class DigestStore {

    private final MongoOperations mongo;

    DigestStore(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(DeliveryRecord.class).createIndex(new Index().on("status", Sort.Direction.ASC).on("slot", Sort.Direction.DESC));
    }

    void install(Installation installation) {
        mongo.save(installation);
    }

    /** Forgets a conversation the bot was removed from, and its subscription. */
    void uninstall(String conversationId) {
        mongo.remove(query(where("_id").is(conversationId)), Installation.class);
        mongo.remove(query(where("_id").is(conversationId)), Subscription.class);
    }

    Optional<Installation> installation(String conversationId) {
        return Optional.ofNullable(mongo.findById(conversationId, Installation.class));
    }

    void subscribe(Subscription subscription) {
        mongo.save(subscription);
    }

    boolean unsubscribe(String conversationId) {
        return mongo.remove(query(where("_id").is(conversationId)), Subscription.class).getDeletedCount() > 0;
    }

    Optional<Subscription> subscription(String conversationId) {
        return Optional.ofNullable(mongo.findById(conversationId, Subscription.class));
    }

    List<Subscription> activeSubscriptions() {
        return mongo.find(query(where("gone").is(false)), Subscription.class);
    }

    void markGone(String conversationId, Instant at) {
        mongo.updateFirst(query(where("_id").is(conversationId)), new Update().set("gone", true).set("goneAt", at),
                Subscription.class);
    }

    /**
     * Forgets conversations Teams said the bot was removed from before {@code before}: their subscriptions and
     * references. Subscriptions marked gone before the time was recorded count from {@code now}.
     *
     * @return how many conversations were forgotten
     */
    long forgetGone(Instant before, Instant now) {
        mongo.updateMulti(query(where("gone").is(true).and("goneAt").is(null)), new Update().set("goneAt", now),
                Subscription.class);
        List<Subscription> gone = mongo.find(query(where("gone").is(true).and("goneAt").lt(before)), Subscription.class);
        gone.forEach(s -> uninstall(s.conversationId()));
        return gone.size();
    }

    /** Forgets delivery records last touched before {@code before}; returns how many. */
    long forgetDeliveries(Instant before) {
        return mongo.remove(query(where("updatedAt").lt(before)), DeliveryRecord.class).getDeletedCount();
    }

    /**
     * Claims a delivery for sending: new ones are recorded PENDING first; a PENDING one whose sender stopped
     * (its claim older than {@code staleClaim}) is taken over. SENT, FAILED and GONE ones are never taken.
     */
    Optional<DeliveryRecord> claim(String id, String kind, String target, Instant slot, Instant now, Instant staleClaim) {
        if (StoreWrites.insertIfAbsent(mongo, new DeliveryRecord(id, kind, target, slot, DeliveryRecord.Status.PENDING, 0,
                null, now, now))) {
            return Optional.of(mongo.findById(id, DeliveryRecord.class));
        }
        Criteria abandoned = where("_id").is(id).and("status").is(DeliveryRecord.Status.PENDING).and("claimedAt").lt(staleClaim);
        return Optional.ofNullable(mongo.findAndModify(query(abandoned), new Update().set("claimedAt", now),
                FindAndModifyOptions.options().returnNew(true), DeliveryRecord.class));
    }

    void finish(String id, DeliveryRecord.Status status, int attempts, String error, Instant now) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("status", status).set("attempts", attempts)
                .set("lastError", error).set("updatedAt", now), DeliveryRecord.class);
    }

    List<DeliveryRecord> deliveries(DeliveryRecord.Status status, int limit) {
        var q = status == null ? query(new Criteria()) : query(where("status").is(status));
        return mongo.find(q.with(Sort.by(Sort.Direction.DESC, "updatedAt")).limit(limit), DeliveryRecord.class);
    }
}

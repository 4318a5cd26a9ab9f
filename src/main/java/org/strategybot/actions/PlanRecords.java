package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.result.UpdateResult;
import org.springframework.stereotype.Repository;
import org.strategybot.system.StoreWrites;

/** Priority records (leads, delegates, overrides) and what each loaded plan said about itself. */
@Repository
class PlanRecords {

    private final MongoOperations mongo;

    PlanRecords(MongoOperations mongo) {
        this.mongo = mongo;
    }

    boolean insertIfAbsent(Object record) {
        return StoreWrites.insertIfAbsent(mongo, record);
    }

    List<PriorityRecord> priorities(String strategyId) {
        return mongo.find(query(where("strategyId").is(strategyId)), PriorityRecord.class);
    }

    Optional<PriorityRecord> priority(String strategyId, String code) {
        return Optional.ofNullable(mongo.findById(Action.id(strategyId, code), PriorityRecord.class));
    }

    /**
     * Sets or clears a priority's override if nobody changed the record since it was read at {@code version};
     * a single-document write, so it needs no transaction.
     *
     * @return false when someone else changed it first
     */
    boolean setOverride(String strategyId, String code, long version, PriorityRecord.Override override) {
        Query current = query(where("_id").is(Action.id(strategyId, code)).and("version").is(version));
        Update change = new Update().set("override", override).inc("version", 1)
                .setOnInsert("strategyId", strategyId).setOnInsert("code", code);
        try {
            // a priority without a record yet is created here; one that exists at another version is not
            // matched, so the upsert tries to insert its id again and the store refuses the duplicate
            UpdateResult result = mongo.upsert(current, change, PriorityRecord.class);
            return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException changedMeanwhile) {
            return false;
        }
    }

    Optional<PlanInfo> plan(String strategyId) {
        return Optional.ofNullable(mongo.findById(strategyId, PlanInfo.class));
    }
}

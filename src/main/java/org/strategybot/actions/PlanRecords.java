package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;

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

    Optional<PlanInfo> plan(String strategyId) {
        return Optional.ofNullable(mongo.findById(strategyId, PlanInfo.class));
    }
}

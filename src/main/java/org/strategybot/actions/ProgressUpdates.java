package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;
import org.strategybot.system.StoreWrites;

/** The history of progress updates. */
@Repository
class ProgressUpdates {

    private final MongoOperations mongo;

    ProgressUpdates(MongoOperations mongo) {
        this.mongo = mongo;
        var ops = mongo.indexOps(ProgressUpdate.class);
        ops.createIndex(new Index().on("strategyId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        ops.createIndex(new Index().on("strategyId", Sort.Direction.ASC).on("priority", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC));
        ops.createIndex(new Index().on("strategyId", Sort.Direction.ASC).on("target", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC));
        ops.createIndex(new Index().on("strategyId", Sort.Direction.ASC).on("authorId", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC));
    }

    boolean insertIfAbsent(ProgressUpdate update) {
        return StoreWrites.insertIfAbsent(mongo, update);
    }

    /** Updates at or after {@code since}, newest first. */
    List<ProgressUpdate> since(String strategyId, Instant since) {
        return mongo.find(query(where("strategyId").is(strategyId).and("at").gte(since))
                .with(Sort.by(Sort.Direction.DESC, "at")), ProgressUpdate.class);
    }

    /** A priority's updates (its own and its actions') or an action's, newest first. */
    List<ProgressUpdate> history(String strategyId, String target, int limit) {
        String field = ItemCode.of(target).isAction() ? "target" : "priority";
        return mongo.find(query(where("strategyId").is(strategyId).and(field).is(target))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), ProgressUpdate.class);
    }

    List<ProgressUpdate> by(String strategyId, String authorId, int limit) {
        return mongo.find(query(where("strategyId").is(strategyId).and("authorId").is(authorId))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), ProgressUpdate.class);
    }
}

package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.strategybot.system.StoreWrites;

/** The actions in the store. Every query names its strategy: a tenant never sees another's plan. */
@Repository
class Actions {

    private final MongoOperations mongo;

    Actions(MongoOperations mongo) {
        this.mongo = mongo;
        // one index per filter of the REST API; the embedded store accepts and ignores them, MongoDB uses them
        var ops = mongo.indexOps(Action.class);
        for (String field : List.of("priority", "rag", "owner", "ownerId", "due", "lastUpdateAt")) {
            ops.createIndex(new Index().on("strategyId", Sort.Direction.ASC).on(field, Sort.Direction.ASC));
        }
    }

    /** @return false when the action was there already: plan files never overwrite live data */
    boolean insertIfAbsent(Action action) {
        return StoreWrites.insertIfAbsent(mongo, action);
    }

    Optional<Action> find(String strategyId, String code) {
        return Optional.ofNullable(mongo.findById(Action.id(strategyId, code), Action.class));
    }

    /** The plan's actions in force: retired ones are left out. */
    List<Action> forStrategy(String strategyId) {
        return mongo.find(query(where("strategyId").is(strategyId).and("retired").ne(true)).with(Sort.by("code")),
                Action.class);
    }

    /** Every action the plan has had, retired ones too: an import compares a file with all of them. */
    List<Action> everyAction(String strategyId) {
        return mongo.find(query(where("strategyId").is(strategyId)).with(Sort.by("code")), Action.class);
    }

    /**
     * Links actions owned by this email or UPN to the person's Azure AD object id, and names the owner where the
     * plan gave only the address. Raises each action's version, so a change read before this one retries.
     *
     * @return how many actions were linked
     */
    long link(String strategyId, String email, String aadObjectId, String name) {
        Query owned = query(where("strategyId").is(strategyId).and("ownerEmail").is(email).and("ownerId").ne(aadObjectId));
        long linked = mongo.updateMulti(owned, new Update().set("ownerId", aadObjectId).inc("version", 1), Action.class)
                .getModifiedCount();
        if (name != null && !name.isBlank()) {
            mongo.updateMulti(query(where("strategyId").is(strategyId).and("ownerEmail").is(email)
                    .orOperator(where("owner").is(null), where("owner").is(email))), new Update().set("owner", name),
                    Action.class);
        }
        return linked;
    }

    /** The owner emails of actions in force whose owner is not yet linked to an Azure AD object id. */
    Set<String> unlinkedEmails(String strategyId) {
        return mongo.find(query(where("strategyId").is(strategyId).and("retired").ne(true).and("ownerEmail").ne(null)
                .and("ownerId").is(null)), Action.class).stream().map(Action::ownerEmail)
                .collect(Collectors.toSet());
    }

    List<Action> find(ActionFilter f, LocalDate today, Instant staleBefore) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("strategyId").is(f.strategyId()));
        all.add(where("retired").ne(true));
        if (f.priority() != null) {
            all.add(where("priority").is(f.priority()));
        }
        if (f.rag() != null) {
            all.add(where("rag").is(f.rag()));
        }
        if (f.owner() != null) {
            all.add(new Criteria().orOperator(where("owner").is(f.owner()), where("ownerId").is(f.owner())));
        }
        if (f.overdue() != null) {
            Criteria overdue = new Criteria().andOperator(where("due").lt(today), where("percent").lt(100));
            all.add(f.overdue() ? overdue : new Criteria().norOperator(overdue));
        }
        if (f.stale() != null) {
            Criteria stale = new Criteria().andOperator(where("lastUpdateAt").lt(staleBefore), where("percent").lt(100));
            all.add(f.stale() ? stale : new Criteria().norOperator(stale));
        }
        return mongo.find(new Query(new Criteria().andOperator(all)).with(Sort.by("code")), Action.class);
    }
}

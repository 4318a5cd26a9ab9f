package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

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

    /** Links the priorities this email or UPN leads to the lead's Azure AD object id. */
    long linkLead(String strategyId, String email, String aadObjectId) {
        return mongo.updateMulti(query(where("strategyId").is(strategyId).and("leadEmail").is(email)
                .and("leadId").ne(aadObjectId)), new Update().set("leadId", aadObjectId).inc("version", 1),
                PriorityRecord.class).getModifiedCount();
    }

    Set<String> unlinkedLeadEmails(String strategyId) {
        return mongo.find(query(where("strategyId").is(strategyId).and("leadEmail").ne(null).and("leadId").is(null)),
                PriorityRecord.class).stream().map(PriorityRecord::leadEmail).collect(Collectors.toSet());
    }

    /** Records a priority's lead as a plan file names them; false when that is already so. */
    boolean setLead(String strategyId, String code, String lead, String leadEmail) {
        Query differs = query(where("_id").is(Action.id(strategyId, code))
                .orOperator(where("lead").ne(lead), where("leadEmail").ne(leadEmail)));
        Update write = new Update().set("lead", lead).set("leadEmail", leadEmail).inc("version", 1)
                .setOnInsert("strategyId", strategyId).setOnInsert("code", code);
        if (mongo.exists(query(where("_id").is(Action.id(strategyId, code))), PriorityRecord.class)) {
            return mongo.updateFirst(differs, write, PriorityRecord.class).getModifiedCount() > 0;
        }
        return insertIfAbsent(new PriorityRecord(Action.id(strategyId, code), strategyId, code, lead, null, List.of(),
                null, 0, null, List.of(), leadEmail));
    }

    void setRevision(String strategyId, int revision) {
        mongo.updateFirst(query(where("_id").is(strategyId)), new Update().set("revision", revision), PlanInfo.class);
    }

    Optional<PlanInfo> plan(String strategyId) {
        return Optional.ofNullable(mongo.findById(strategyId, PlanInfo.class));
    }
}

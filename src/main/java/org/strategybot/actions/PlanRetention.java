package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.strategybot.retention.Expiring;
import org.strategybot.retention.RetentionSettings;
import org.strategybot.strategy.OrganisationSettings;

/**
 * Removes progress updates older than {@code strategy-bot.retention.progress-history}, from the history and from
 * the copy an item keeps of its newest update. The status is not affected: it reads only the items' current
 * values and their updates inside the trend window, which is far shorter. The RAG at a past moment is rebuilt
 * from the updates made since that moment, so it stays exact for every moment inside the retention period, and
 * {@link ActionPlan#ragAt} refuses moments before it rather than rebuild them from a history that is gone.
 */
@Component
class PlanRetention implements Expiring {

    private final MongoOperations mongo;
    private final StatusRollUp rollUp;
    private final RetentionSettings retention;
    private final ZoneId zone;

    PlanRetention(MongoOperations mongo, StatusRollUp rollUp, RetentionSettings retention, OrganisationSettings organisation) {
        this.mongo = mongo;
        this.rollUp = rollUp;
        this.retention = retention;
        this.zone = organisation.zone();
    }

    @Override
    public Map<String, Long> removeExpired(Instant now) {
        Instant keptSince = historyKeptSince(retention, zone, now);
        long updates = mongo.remove(query(where("at").lt(keptSince)), ProgressUpdate.class).getDeletedCount();
        // no version raised: a concurrent change rewrites "recent" from its own window, which drops these too
        Update expired = new Update().pull("recent", new Document("at", new Document("$lt", Date.from(keptSince))));
        long actions = mongo.updateMulti(query(where("recent.at").lt(keptSince)), expired, Action.class).getModifiedCount();
        long priorities = mongo.updateMulti(query(where("recent.at").lt(keptSince)), expired, PriorityRecord.class)
                .getModifiedCount();
        if (actions + priorities > 0) {
            // the cached status shows an item's newest update, which may have been one of these
            rollUp.refreshAll();
        }
        return Map.of("updates", updates, "actions", actions, "priorities", priorities);
    }

    /** The oldest moment the progress history is kept from at {@code now}. */
    static Instant historyKeptSince(RetentionSettings retention, ZoneId zone, Instant now) {
        return RetentionSettings.keptSince(retention.progressHistory(), now, zone);
    }
}

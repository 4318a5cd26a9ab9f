package org.strategybot.system;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * UP only when the store answers. Spring Boot's own MongoDB indicator sends {@code hello}, which the
 * embedded server does not know; {@code ping} is answered by it, MongoDB and Cosmos DB alike.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoOperations mongo;

    StoreHealthIndicator(MongoOperations mongo) {
        super("The store did not answer");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = mongo.executeCommand(new Document("ping", 1));
        Object ok = reply.get("ok");
        if (ok instanceof Number n && n.doubleValue() == 1.0) {
            builder.up();
        } else {
            builder.down();
        }
    }
}

package org.strategybot.system;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/** Writes that work the same on MongoDB, Cosmos DB and the embedded store. */
public final class StoreWrites {

    private StoreWrites() {
    }

    /**
     * Inserts a document unless one with its id exists: a single atomic write, so two instances seeding
     * the same data at once cannot duplicate it.
     *
     * @return false when it was there already
     */
    public static boolean insertIfAbsent(MongoOperations mongo, Object document) {
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }
}

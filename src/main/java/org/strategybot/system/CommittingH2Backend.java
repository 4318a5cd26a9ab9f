package org.strategybot.system;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The embedded store's H2 backend, with every change written to its file before the command that made it is
 * answered. H2's MVStore otherwise writes changes about a second later, on its own, so a process killed in that
 * second lost an update the bot had already called saved. Reads change nothing and cost nothing extra; MongoDB
 * in production never goes through this class.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String fileName) {
        super(fileName);
    }

    /** Every command of the MongoDB Java driver arrives as an OP_MSG message, writes included. */
    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            // also after a failed command: an insert of many documents may have stored some before the one refused
            if (getMvStore().hasUnsavedChanges()) {
                commit();
            }
        }
    }
}

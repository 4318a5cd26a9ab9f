package org.strategybot.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strategybot.retention.Expiring;
import org.strategybot.retention.RetentionSettings;

/** Imported documents past {@code strategy-bot.retention.imported-documents}; shipped ones stay while their file ships them. */
@Component
class DocumentRetention implements Expiring {

    private final Search search;
    private final RetentionSettings retention;

    DocumentRetention(Search search, RetentionSettings retention) {
        this.search = search;
        this.retention = retention;
    }

    @Override
    public Map<String, Long> removeExpired(Instant now) {
        return Map.of("documents", (long) search.forgetImportedBefore(
                RetentionSettings.keptSince(retention.importedDocuments(), now, ZoneOffset.UTC)));
    }
}

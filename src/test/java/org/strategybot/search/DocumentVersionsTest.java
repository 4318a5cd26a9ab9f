package org.strategybot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.strategybot.bot.EndpointTest;
import org.strategybot.privacy.PersonalDataGuard;
import org.strategybot.privacy.PrivacySettings;
import org.strategybot.strategy.StrategyCatalog;

/** What an interrupted import leaves behind, and what a restart makes of it. */
@EndpointTest
class DocumentVersionsTest {

    private static final String STRATEGY = "worcestershire-children-first";

    @Autowired
    Search search;
    @Autowired
    Documents documents;
    @Autowired
    MongoOperations mongo;
    @Autowired
    StrategyCatalog catalog;
    @Autowired
    SearchSettings settings;

    @Test
    void aRestartRemovesOldPassagesAndLeavesAnImportInFlightAlone() {
        Imported imported = search.importDocument(STRATEGY, new NewDocument("Short Breaks", null, null,
                "Short breaks\n\nWe will widen the short breaks offer for disabled children.", false));
        StoredDocument doc = documents.find(imported.documentId()).orElseThrow();
        // an import that stopped after writing its passages: one older than the document's version, one newer
        String older = "0000000000001-aaaaaaaa";
        String newer = doc.version().substring(0, 13) + "-ffffffff";
        mongo.insert(new StoredPassage(doc.id() + "#" + older + "#0", STRATEGY, doc.id(), older, 0, null, "Respite nights at the old centre."));
        mongo.insert(new StoredPassage(doc.id() + "#" + newer + "#0", STRATEGY, doc.id(), newer, 0, null, "Respite nights at the new centre."));
        assertThat(search.find(STRATEGY, "respite nights")).as("readers follow the document's version").isEmpty();

        Search restarted = new Search(documents, catalog, new PersonalDataGuard(PrivacySettings.defaults()), settings, Clock.systemUTC());
        // what a restart runs: its start-up build, here with the shipped documents already stored
        restarted.warmUp(() -> { });

        List<String> versions = mongo.find(query(where("documentId").is(doc.id())), StoredPassage.class).stream()
                .map(StoredPassage::version).toList();
        assertThat(versions).contains(doc.version(), newer).doesNotContain(older);
        assertThat(restarted.find(STRATEGY, "short breaks for disabled children")).extracting(Found::document)
                .containsExactly("Short Breaks");
        assertThat(restarted.find(STRATEGY, "respite nights")).isEmpty();
        restarted.close();
    }
}

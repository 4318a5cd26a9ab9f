package org.strategybot.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.strategybot.StrategyBotApplication;

/** Loading strategy files is idempotent, and the embedded store keeps its data across restarts. */
class StrategyStoreTest {

    /** Settings as command-line arguments: the builder's own properties would lose to application.yml. */
    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(StrategyBotApplication.class)
                .run("--server.port=0", "--strategy-bot.data-dir=" + dataDir);
    }

    @Test
    void aRestartNeitherDuplicatesNorOverwritesNewerDataInTheStore() throws Exception {
        Path dir = Files.createTempDirectory("strategy-bot-restart");
        Strategy shipped = StrategyFixtures.wokingham();
        Strategy edited = withRevision(shipped, shipped.revision() + 5, "Edited in the store");

        try (ConfigurableApplicationContext first = start(dir)) {
            Strategies strategies = first.getBean(Strategies.class);
            assertThat(strategies.ids()).contains("wokingham-2021-24", "worcestershire-children-first");
            assertThat(strategies.saveIfNewer(edited)).isTrue();
        }
        try (ConfigurableApplicationContext second = start(dir)) {
            MongoOperations mongo = second.getBean(MongoOperations.class);
            assertThat(mongo.count(query(where("_id").is(shipped.id())), StoredStrategy.class)).isEqualTo(1);
            assertThat(second.getBean(StrategyCatalog.class).find(shipped.id())).get()
                    .extracting(Strategy::title, Strategy::revision).containsExactly("Edited in the store", shipped.revision() + 5);
            assertThat(mongo.findAll(StoredStrategy.class)).hasSize(3);
        }
    }

    @Test
    void aNewerRevisionReplacesAnOlderOneAndAnOlderOneIsIgnored() throws Exception {
        try (ConfigurableApplicationContext app = start(Files.createTempDirectory("strategy-bot-revisions"))) {
            Strategies strategies = app.getBean(Strategies.class);
            Strategy current = strategies.find("worcestershire-children-first").orElseThrow();

            assertThat(strategies.saveIfNewer(current)).as("same revision again").isFalse();
            Strategy newer = withRevision(current, current.revision() + 1, "Newer");
            assertThat(strategies.saveIfNewer(newer)).isTrue();
            assertThat(strategies.find(current.id())).get().extracting(Strategy::title).isEqualTo("Newer");
            assertThat(strategies.saveIfNewer(withRevision(current, current.revision(), "Older"))).isFalse();
            assertThat(strategies.find(current.id())).get().extracting(Strategy::title).isEqualTo("Newer");
        }
    }

    private static Strategy withRevision(Strategy s, int revision, String title) {
        return new Strategy(s.id(), revision, s.organisation(), s.directorate(), title, s.sample(), s.sources(),
                s.period(), s.vision(), s.mission(), s.strategy(), s.values(), s.businessAreas(), s.principles(),
                s.priorities(), s.cohorts(), s.governance(), s.successes(), s.legislation(), s.practice());
    }
}

package org.strategybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.strategybot.bot.EndpointTest;
import org.strategybot.privacy.PersonalDataGuard;
import org.strategybot.privacy.PrivacySettings;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.strategy.StrategySettings;

/** The start-up build of the search index waits for the application to be ready, so that it does not slow the start. */
@EndpointTest
class DocumentSeederTest {

    @Autowired
    Documents documents;
    @Autowired
    StrategyCatalog catalog;
    @Autowired
    SearchSettings searchSettings;
    @Autowired
    StrategySettings strategySettings;
    @Autowired
    ApplicationContext context;

    @Test
    void theIndexIsBuiltOnceTheApplicationIsReadyAndNotBefore() throws Exception {
        CountDownLatch built = new CountDownLatch(1);
        DocumentSeeder seeder = new DocumentSeeder(recording(built), catalog, strategySettings, context);

        seeder.run(new DefaultApplicationArguments());
        // the other start-up runners would be running now
        assertThat(built.await(300, TimeUnit.MILLISECONDS)).as("built before the application was ready").isFalse();

        seeder.ready();
        assertThat(built.await(30, TimeUnit.SECONDS)).as("built once ready").isTrue();
    }

    @Test
    void anApplicationStoppingBeforeItIsReadyBuildsNothing() throws Exception {
        CountDownLatch built = new CountDownLatch(1);
        DocumentSeeder seeder = new DocumentSeeder(recording(built), catalog, strategySettings, context);

        seeder.run(new DefaultApplicationArguments());
        seeder.stopping();
        seeder.ready();

        assertThat(built.await(300, TimeUnit.MILLISECONDS)).isFalse();
    }

    /** A search whose start-up build only says that it ran. */
    private Search recording(CountDownLatch built) {
        return new Search(documents, catalog, new PersonalDataGuard(PrivacySettings.defaults()), searchSettings,
                Clock.systemUTC()) {
            @Override
            void warmUp(Runnable seeding) {
                built.countDown();
            }
        };
    }
}

package org.strategybot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The store: the MongoDB named by {@code spring.mongodb.uri} (env MONGODB_URI), or, when none is
 * named, an embedded MongoDB wire-protocol server on loopback whose H2 file keeps data across restarts, each
 * write in the file before it is acknowledged.
 * The same code talks to both, so nothing here may rely on what the embedded server lacks.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);
    static final String DATABASE = "strategy-bot";

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(StoreSettings settings) {
        long millis = settings.storeTimeout().toMillis();
        return builder -> builder
                .applyToClusterSettings(c -> c.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) millis, TimeUnit.MILLISECONDS));
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoStoreConfigured.class)
    static class Embedded {

        @Bean(destroyMethod = "shutdown")
        MongoServer embeddedMongoServer(StoreSettings settings) {
            Path dir = settings.dataDir().toAbsolutePath().normalize();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data folder " + dir, e);
            }
            Path file = dir.resolve("strategy-bot.mv.db");
            MongoServer server = new MongoServer(new CommittingH2Backend(file.toString()));
            InetSocketAddress address = server.bind();
            log.info("Store: embedded MongoDB wire-protocol server on {}, data in {}", address, file);
            return server;
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
            InetSocketAddress a = embeddedMongoServer.getLocalAddress();
            ConnectionString uri = new ConnectionString(
                    "mongodb://" + a.getHostString() + ":" + a.getPort() + "/" + DATABASE);
            return () -> uri;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(StoreConfigured.class)
    static class External {
        External(MongoConnectionDetails details) {
            // the hosts only: the URI may carry a password
            log.info("Store: MongoDB at {}", details.getConnectionString().getHosts());
        }
    }

    static final class NoStoreConfigured extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.mongodb.uri"))
                    ? ConditionOutcome.noMatch("a MongoDB URI is configured")
                    : ConditionOutcome.match("no MongoDB URI is configured");
        }
    }

    static final class StoreConfigured extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return new NoStoreConfigured().getMatchOutcome(context, metadata).isMatch()
                    ? ConditionOutcome.noMatch("no MongoDB URI is configured")
                    : ConditionOutcome.match("a MongoDB URI is configured");
        }
    }
}

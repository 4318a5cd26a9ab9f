package org.strategybot.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.strategy.StrategySettings;
import org.strategybot.system.DataFiles;

/**
 * At start-up, after the strategies are loaded: stores the source documents each strategy file names (its
 * {@code sources} with a {@code file}), then builds the index from the store, on a thread of its own once the
 * application is ready (searches wait for it: {@link SearchIndex}); afterwards keeps the index in step with documents
 * imported through other instances.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DocumentSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentSeeder.class);

    private final Search search;
    private final StrategyCatalog catalog;
    private final StrategySettings strategySettings;
    private final ApplicationContext context;
    /** True once the application is ready, false if it stops first: the build waits for either. */
    private final CompletableFuture<Boolean> readyOrStopping = new CompletableFuture<>();
    private volatile boolean stopping;

    DocumentSeeder(Search search, StrategyCatalog catalog, StrategySettings strategySettings, ApplicationContext context) {
        this.search = search;
        this.catalog = catalog;
        this.strategySettings = strategySettings;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        // every named file read now, so that a strategy naming a missing one still stops the start
        List<Runnable> seeds = new ArrayList<>();
        for (String id : catalog.ids()) {
            Strategy strategy = catalog.find(id).orElseThrow();
            for (Strategy.Source source : strategy.sources()) {
                if (source.file() == null) {
                    continue;
                }
                String text = read(source.file()).orElseThrow(() -> new IllegalStateException("Strategy " + id
                        + " names source file " + source.file() + ", which is neither shipped nor in " + strategySettings.dir()));
                NewDocument doc = new NewDocument(source.title(), source.file(), source.date(), text, source.file().endsWith(".md"));
                seeds.add(() -> log.debug("Source {} of {}: {}", source.id(), id,
                        search.seed(id, doc, strategy.revision()) ? "stored" : "already in the store"));
            }
        }
        Runnable seeding = () -> seeds.forEach(Runnable::run);
        if (!(context instanceof WebServerApplicationContext)) {
            // a command-line import (no web server) exits when its runner is done: the index first, as before
            search.warmUp(seeding);
            return;
        }
        // the personal-data checks of every passage and the indexing are most of this: once the application is ready
        // (every runner done), so that the build does not compete with the start for the processor
        Thread warmUp = new Thread(() -> {
            if (!readyOrStopping.join()) {
                return;
            }
            try {
                search.warmUp(seeding);
                log.info("Search index built");
            } catch (RuntimeException e) {
                if (stopping) {
                    log.info("Search index build stopped: the application is shutting down");
                } else {
                    log.error("Search index not built at start-up; the next sync tries again", e);
                }
            }
        }, "search-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        readyOrStopping.complete(true);
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
        readyOrStopping.complete(false);
    }

    @Scheduled(initialDelayString = "${strategy-bot.search.sync}", fixedDelayString = "${strategy-bot.search.sync}")
    void sync() {
        search.sync();
    }

    /** A source file, relative to its strategy file: shipped ones first, then the folder of further strategies. */
    private Optional<String> read(String file) {
        return DataFiles.find("strategies", strategySettings.dir(), file)
                .map(found -> new String(found.content(), StandardCharsets.UTF_8));
    }
}

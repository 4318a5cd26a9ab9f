package org.strategybot.search;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
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
 * {@code sources} with a {@code file}), then builds the index from the store; afterwards keeps the index in
 * step with documents imported through other instances.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DocumentSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentSeeder.class);

    private final Search search;
    private final StrategyCatalog catalog;
    private final StrategySettings strategySettings;

    DocumentSeeder(Search search, StrategyCatalog catalog, StrategySettings strategySettings) {
        this.search = search;
        this.catalog = catalog;
        this.strategySettings = strategySettings;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String id : catalog.ids()) {
            Strategy strategy = catalog.find(id).orElseThrow();
            for (Strategy.Source source : strategy.sources()) {
                if (source.file() == null) {
                    continue;
                }
                String text = read(source.file()).orElseThrow(() -> new IllegalStateException("Strategy " + id
                        + " names source file " + source.file() + ", which is neither shipped nor in " + strategySettings.dir()));
                boolean stored = search.seed(id, new NewDocument(source.title(), source.file(), source.date(), text,
                        source.file().endsWith(".md")), strategy.revision());
                log.debug("Source {} of {}: {}", source.id(), id, stored ? "stored" : "already in the store");
            }
        }
        search.sync();
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

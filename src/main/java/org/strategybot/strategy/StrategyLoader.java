package org.strategybot.strategy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the strategy files into the store at start-up; see {@link Strategies#saveIfNewer}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StrategyLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StrategyLoader.class);

    private final Strategies strategies;
    private final StrategySettings settings;

    StrategyLoader(Strategies strategies, StrategySettings settings) {
        this.strategies = strategies;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Strategy strategy : new StrategyFiles().readAll(settings.dir())) {
            Strategy stored = strategies.find(strategy.id()).orElse(null);
            boolean written = strategies.saveIfNewer(strategy);
            if (written && stored != null) {
                List<String> changes = StrategyChanges.between(stored, strategy);
                log.info("Strategy {} revision {} replaced revision {}: {}", strategy.id(), strategy.revision(),
                        stored.revision(), changes.isEmpty() ? "no change in content" : String.join(", ", changes));
            } else {
                log.info("Strategy {} revision {}: {}", strategy.id(), strategy.revision(),
                        written ? "stored" : "the store already holds this revision or a newer one");
            }
        }
        if (strategies.find(settings.defaultId()).isEmpty()) {
            throw new IllegalStateException("The default strategy '" + settings.defaultId()
                    + "' is in no strategy file; set strategy-bot.strategy.default-id to one of " + strategies.ids());
        }
    }
}

package org.strategybot.strategy.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.strategy.StrategyScope;

/** The loaded strategies, read-only. */
@RestController
@RequestMapping("/api/strategies")
class StrategiesController {

    /** A strategy in a list: enough to choose one. */
    record StrategySummary(String id, int revision, String organisation, String title, boolean sample) {
    }

    private final StrategyCatalog catalog;
    private final StrategyScope scope;

    StrategiesController(StrategyCatalog catalog, StrategyScope scope) {
        this.catalog = catalog;
        this.scope = scope;
    }

    @GetMapping
    List<StrategySummary> all() {
        return scope.visibleIds().stream().flatMap(id -> catalog.find(id).stream())
                .map(s -> new StrategySummary(s.id(), s.revision(), s.organisation(), s.title(), s.sample()))
                .toList();
    }

    @GetMapping("/{id}")
    Strategy one(@PathVariable String id) {
        return scope.forRequest(id);
    }
}

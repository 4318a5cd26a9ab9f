package org.strategybot.reports.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.access.Caller;
import org.strategybot.access.Callers;
import org.strategybot.actions.RagAt;
import org.strategybot.reports.DashboardView;
import org.strategybot.reports.Dashboards;
import org.strategybot.strategy.StrategyScope;

/** The JSON the dashboard's page draws itself from; actions and updates come from the plan's own endpoints. */
@RestController
class DashboardController {

    private final StrategyScope scope;
    private final Dashboards dashboards;

    DashboardController(StrategyScope scope, Dashboards dashboards) {
        this.scope = scope;
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboard")
    DashboardView dashboard(@RequestParam(required = false) String strategy) {
        // as over the rest of the REST API, notes and reasons marked sensitive are for administrators only
        return dashboards.view(scope.forRequest(strategy), Callers.current().map(Caller::admin).orElse(false));
    }

    /** Each priority's RAG month by month, rebuilt from the update history as the trend is. */
    @GetMapping("/api/rag-history")
    List<RagAt> ragHistory(@RequestParam(required = false) String strategy,
            @RequestParam(defaultValue = "12") int months) {
        return dashboards.ragHistory(scope.forRequest(strategy), months);
    }
}

package org.strategybot.digest;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.PlanStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.strategy.Strategy;

/**
 * Builds a digest from the live plan. The change since the last digest is the change over the plan's trend
 * window (a week), from the updates the plan's items keep of that window, so that composing a digest costs the
 * same after years of history as after one week. Lists are capped so the card stays far inside Teams' 100 KB
 * message limit however large the plan; what is left out is counted.
 */
@Component
class DigestBuilder {

    static final int MAX_UPDATES = 12;
    static final int MAX_ACTIONS = 10;

    private final ActionPlan plan;

    DigestBuilder(ActionPlan plan) {
        this.plan = plan;
    }

    Digest build(Strategy strategy) {
        PlanStatus status = plan.status(strategy);
        Instant since = plan.trendWindowStart();
        List<ProgressUpdate> updates = plan.recentProgress(strategy);
        List<ActionView> overdue = status.actions().stream().filter(ActionView::overdue).toList();
        List<ActionView> stale = status.actions().stream().filter(ActionView::stale).toList();
        return new Digest(strategy.id(), strategy.title(), since, status.at(),
                status.priorities().stream().map(p -> new Digest.PriorityLine(p.code(), p.title(), p.rag(),
                        p.overridden() ? p.calculated() : null, p.previous(),
                        p.percent())).toList(),
                updates.stream().limit(MAX_UPDATES).toList(), Math.max(0, updates.size() - MAX_UPDATES),
                overdue.stream().limit(MAX_ACTIONS).toList(), stale.stream().limit(MAX_ACTIONS).toList(),
                status.sample(), status.note());
    }
}

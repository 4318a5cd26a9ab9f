package org.strategybot.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.LeadOverride;
import org.strategybot.actions.PlanStatus;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.UpdateView;
import org.strategybot.actions.RagAt;
import org.strategybot.strategy.Strategy;

/** The dashboard's data, from the live plan: the same status the bot answers from. */
@Service
public class Dashboards {

    /** More than three years of monthly points says less than the report does. */
    static final int MAX_MONTHS = 36;

    private final ActionPlan plan;
    private final Clock clock;

    Dashboards(ActionPlan plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    /** @param seesSensitive whether the reader may see notes and reasons marked sensitive (administrators) */
    public DashboardView view(Strategy strategy, boolean seesSensitive) {
        PlanStatus status = plan.status(strategy);
        List<DashboardView.Value> values = strategy.values() == null ? List.of()
                : strategy.values().items().stream().map(v -> new DashboardView.Value(v.name(), v.meaning())).toList();
        List<DashboardView.PriorityCard> cards = status.priorities().stream()
                .map(p -> card(seesSensitive ? p : p.withoutSensitive())).toList();
        List<String> owners = status.actions().stream().map(ActionView::owner).filter(o -> o != null && !o.isBlank())
                .distinct().sorted().toList();
        return new DashboardView(strategy.id(), strategy.title(), strategy.organisation(),
                strategy.vision() == null ? null : strategy.vision().text(), values, status.sample(), status.note(),
                status.at(), cards, owners);
    }

    /** Why the lead's RAG stands over the calculated one, always something, so that the page shows both RAGs. */
    private static String overrideReason(LeadOverride o) {
        if (o.reason() == null || o.reason().isBlank()) {
            return o.sensitive() ? "marked sensitive by the lead (ask the bot in a 1:1 chat)" : "no reason recorded";
        }
        return o.reason();
    }

    /** Every priority's RAG on the same day of each of the last {@code months} months, and now. */
    public List<RagAt> ragHistory(Strategy strategy, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("'months' must be from 1 to " + MAX_MONTHS + ".");
        }
        ZonedDateTime now = clock.instant().atZone(plan.zone());
        List<Instant> moments = new ArrayList<>();
        for (int back = months; back > 0; back--) {
            moments.add(now.minusMonths(back).toInstant());
        }
        moments.add(now.toInstant());
        return plan.ragAt(strategy, moments);
    }

    private static DashboardView.PriorityCard card(PriorityStatus p) {
        UpdateView u = p.latest();
        return new DashboardView.PriorityCard(p.code(), p.title(), p.lead(), p.rag(), p.calculated(),
                p.overridden() ? overrideReason(p.override()) : null, p.previous(), p.trend(),
                p.percent(), p.counts(), u == null ? null : new DashboardView.Latest(u.at(), u.target(), u.author(), u.note()),
                p.sample());
    }
}

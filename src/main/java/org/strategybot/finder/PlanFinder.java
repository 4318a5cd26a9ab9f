package org.strategybot.finder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.PlanStatus;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Mention;
import org.strategybot.understanding.NamedAction;
import org.strategybot.understanding.Recognizer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Finds the plan's priorities and actions that a few words name, within one strategy. The words are read by the same
 * {@link Recognizer} as chat questions, so codes written any way ("sp 4", "SP4.2"), a priority's topics ("workforce",
 * "ASYE"), action titles and typos find what they find in chat. A priority found brings its actions after it, so that
 * "SP4" lists SP4 and then SP4.1, SP4.2 ...; an action named outright comes first.
 */
@Service
public class PlanFinder {

    /** Teams shows at most 25 results a page, and asks for fewer. */
    public static final int MAX_PAGE = 25;
    /** A query is a few words; the recogniser reads at most 80 anyway, this bounds what is copied before it. */
    private static final int MAX_QUERY = 200;

    private final ActionPlan plan;
    private final Recognizer recognizer;
    /** The plan's titles as the recogniser takes them, once per cached status (a new status after any change). */
    private final Cache<PlanStatus, List<NamedAction>> named = Caffeine.newBuilder().weakKeys().maximumSize(64).build();

    PlanFinder(ActionPlan plan, Recognizer recognizer) {
        this.plan = plan;
        this.recognizer = recognizer;
    }

    /**
     * @param query words typed; blank lists every priority (what Teams asks for when the search opens)
     * @param skip  how many hits earlier pages showed
     * @param count how many to show, at most {@link #MAX_PAGE}
     */
    public Page find(Strategy strategy, String query, int skip, int count) {
        List<Hit> all = find(strategy, query);
        int from = Math.min(Math.max(skip, 0), all.size());
        int to = Math.min(all.size(), from + Math.min(Math.max(count, 1), MAX_PAGE));
        return new Page(List.copyOf(all.subList(from, to)), all.size());
    }

    /**
     * One page of hits.
     *
     * @param total how many hits there are over all pages
     */
    public record Page(List<Hit> hits, int total) {
    }

    private List<Hit> find(Strategy strategy, String query) {
        PlanStatus status = plan.status(strategy);
        if (query == null || query.isBlank()) {
            return status.priorities().stream().map(PlanFinder::hit).toList();
        }
        String words = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        List<Mention> mentions = recognizer.understand(words, strategy, named(status)).mentions();
        Map<String, Hit> hits = new LinkedHashMap<>();
        List<PriorityStatus> priorities = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.ACTION) {
                status.actions().stream().filter(a -> a.code().equalsIgnoreCase(m.key())).findFirst()
                        .ifPresent(a -> hits.putIfAbsent(a.code(), hit(a)));
            } else if (m.kind() == EntityKind.PRIORITY || m.kind() == EntityKind.TOPIC) {
                status.priority(m.key()).filter(p -> !priorities.contains(p)).ifPresent(priorities::add);
            }
        }
        priorities.forEach(p -> hits.putIfAbsent(p.code(), hit(p)));
        priorities.forEach(p -> p.actions().forEach(a -> hits.putIfAbsent(a.code(), hit(a))));
        return List.copyOf(hits.values());
    }

    private List<NamedAction> named(PlanStatus status) {
        return named.get(status, s -> s.actions().stream().map(a -> new NamedAction(a.code(), a.priority(), a.title())).toList());
    }

    private static Hit hit(PriorityStatus p) {
        return new Hit(Hit.Kind.PRIORITY, p.code(), p.title(), p.code(), p.rag(), p.percent(), false);
    }

    private static Hit hit(ActionView a) {
        return new Hit(Hit.Kind.ACTION, a.code(), a.title(), a.priority(), a.rag(), a.percent(), a.complete());
    }
}

package org.strategybot.strategy;

import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

/** The strategies the bot can answer from, and which one a conversation sees. */
@Service
public class StrategyCatalog {

    /** Successions followed at most: a loop in the store cannot hang a request. */
    private static final int MAX_PERIODS = 20;

    private final Strategies strategies;
    private final StrategySettings settings;

    StrategyCatalog(Strategies strategies, StrategySettings settings) {
        this.strategies = strategies;
        this.settings = settings;
    }

    /** The strategy mapped to this Azure AD tenant, or the default one. */
    public Strategy forTenant(String tenantId) {
        // tenant ids are GUIDs, which configuration may spell in either case
        String id = tenantId == null ? settings.defaultId() : settings.tenants().entrySet().stream()
                .filter(e -> e.getKey().trim().equalsIgnoreCase(tenantId.trim())).map(Map.Entry::getValue)
                .findFirst().orElse(settings.defaultId());
        return current(id);
    }

    /** The strategy mapped to this team, else to this tenant, else the default one. */
    public Strategy forConversation(String tenantId, String teamId) {
        String id = teamId == null ? null : settings.teams().get(teamId);
        return id == null ? forTenant(tenantId) : current(id);
    }

    /** The strategy in force for a mapped id: the last period that followed it, or itself. */
    private Strategy current(String mapped) {
        String id = mapped;
        for (int i = 0; i < MAX_PERIODS; i++) {
            Optional<String> next = strategies.successor(id);
            if (next.isEmpty()) {
                break;
            }
            id = next.get();
        }
        String found = id;
        return strategies.find(found).orElseThrow(() -> new IllegalStateException("Strategy " + found + " is not in the store"));
    }

    /** Whether {@code earlier} is {@code later} or a period before it: an earlier period stays readable to its tenant. */
    public boolean leadsTo(String earlier, String later) {
        String id = earlier;
        for (int i = 0; i <= MAX_PERIODS && id != null; i++) {
            if (id.equals(later)) {
                return true;
            }
            id = strategies.successor(id).orElse(null);
        }
        return false;
    }

    /**
     * Starts a new strategy period after {@code previous}: from then on every conversation, tenant and team that saw
     * the previous one sees this one, and the previous one stays readable and reportable by its id.
     */
    public void startPeriod(Strategy next, Strategy previous) {
        if (strategies.successor(previous.id()).filter(id -> !id.equals(next.id())).isPresent()) {
            throw new IllegalArgumentException(previous.id() + " has already been followed by "
                    + strategies.successor(previous.id()).orElseThrow() + ".");
        }
        strategies.saveSuccessor(next, previous.id());
    }

    /**
     * Stores a change an administrator made to a strategy as its next revision.
     *
     * @throws java.util.ConcurrentModificationException when someone else changed it at the same moment
     */
    public Strategy revise(Strategy strategy, UnaryOperator<Strategy> change) {
        Strategy changed = change.apply(strategy).withRevision(strategy.revision() + 1);
        if (!strategies.saveRevision(changed)) {
            throw new ConcurrentModificationException("The strategy " + strategy.id() + " changed meanwhile; nothing was saved. Try again.");
        }
        return changed;
    }

    public Strategy defaultStrategy() {
        return forTenant(null);
    }

    public Optional<Strategy> find(String id) {
        return strategies.find(id);
    }

    public List<String> ids() {
        return strategies.ids();
    }
}

package org.strategybot.strategy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The strategies the bot can answer from, and which one a conversation sees. */
@Service
public class StrategyCatalog {

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
        return strategies.find(id).orElseThrow(() -> new IllegalStateException("Strategy " + id + " is not in the store"));
    }

    /** The strategy mapped to this team, else to this tenant, else the default one. */
    public Strategy forConversation(String tenantId, String teamId) {
        String id = teamId == null ? null : settings.teams().get(teamId);
        return id == null ? forTenant(tenantId)
                : strategies.find(id).orElseThrow(() -> new IllegalStateException("Strategy " + id + " is not in the store"));
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

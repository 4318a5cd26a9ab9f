package org.strategybot.strategy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.strategybot.access.Caller;
import org.strategybot.access.Callers;

/**
 * Which strategy a REST request sees. A caller confined to a tenant sees that tenant's strategy and no other:
 * asking for another one by id answers exactly as for an id that does not exist, so ids are not revealed.
 * Deployment-wide callers may name any strategy and otherwise get the default one.
 */
@Service
public class StrategyScope {

    private final StrategyCatalog catalog;

    StrategyScope(StrategyCatalog catalog) {
        this.catalog = catalog;
    }

    /** The strategy with this id (or the caller's own when null), or NoSuchElementException. */
    public Strategy forRequest(String requestedId) {
        Optional<String> tenant = Callers.current().map(Caller::tenantId);
        if (tenant.isPresent()) {
            Strategy own = catalog.forTenant(tenant.get());
            if (requestedId == null || requestedId.equals(own.id())) {
                return own;
            }
            // the tenant's earlier strategy periods stay readable and reportable to it
            if (catalog.leadsTo(requestedId, own.id())) {
                return catalog.find(requestedId).orElseThrow();
            }
        } else if (requestedId == null) {
            return catalog.defaultStrategy();
        } else {
            Optional<Strategy> found = catalog.find(requestedId);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new NoSuchElementException("No strategy '" + requestedId + "'.");
    }

    /** The ids of the strategies this request may see. */
    public List<String> visibleIds() {
        return Callers.current().map(Caller::tenantId)
                .map(tenant -> List.of(catalog.forTenant(tenant).id()))
                .orElseGet(catalog::ids);
    }
}

package org.strategybot.people;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which records a request may reach. A deployment-wide administrator reaches every record, including those of
 * strategies no longer loaded; one confined to a tenant only that tenant's strategy and conversations.
 *
 * @param tenantId    the tenant a confined caller belongs to; null for deployment-wide callers
 * @param strategyIds the strategies a confined caller sees; ignored when {@code tenantId} is null
 */
public record Scope(String tenantId, Set<String> strategyIds) {

    public Scope {
        strategyIds = strategyIds == null ? Set.of() : Set.copyOf(strategyIds);
    }

    public static Scope everything() {
        return new Scope(null, Set.of());
    }

    public boolean deploymentWide() {
        return tenantId == null;
    }

    /** Records of a strategy this scope covers (a store filter on the field holding the strategy id). */
    public Criteria strategies(String field) {
        return deploymentWide() ? new Criteria() : where(field).in(strategyIds);
    }

    /** Records of a tenant this scope covers (a store filter on the field holding the tenant id). */
    public Criteria tenants(String field) {
        return deploymentWide() ? new Criteria() : where(field).is(tenantId);
    }
}

package org.strategybot.ask;

/**
 * Who is asking, as far as answers need to know: the tenant decides the strategy, the person decides
 * what "my actions" means.
 *
 * @param tenantId     Azure AD tenant of the conversation; null for the default strategy
 * @param aadObjectId  the person's Azure AD object id, when the channel gives one
 * @param name         their display name
 */
public record Asker(String tenantId, String aadObjectId, String name) {

    public static Asker anonymous(String tenantId) {
        return new Asker(tenantId, null, null);
    }
}

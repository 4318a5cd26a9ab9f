package org.strategybot.access;

/**
 * Who is calling the REST API: a machine client by its key, or a person by their Entra ID token.
 *
 * @param name     for logs and the audit trail: the client's configured name or the person's object id
 * @param tenantId the Azure AD tenant whose data the caller may see; null for deployment-wide clients
 * @param admin    whether the caller may change data; everyone else only reads
 */
public record Caller(String name, String tenantId, boolean admin) {

    public boolean deploymentWide() {
        return tenantId == null;
    }
}

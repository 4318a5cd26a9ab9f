package org.strategybot.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * Who may do what: administrators from configuration, Teams tenants the bot serves, and callers of the
 * REST API by their key or their Entra ID token.
 */
@Service
public class Access {

    /** A configured key and the caller it stands for. */
    private record Key(byte[] secret, Caller caller) {
    }

    private final Set<String> admins;
    private final Set<String> tenants;
    private final List<Key> keys;
    private final AccessSettings.Entra entra;
    private final Set<String> entraTenants;

    Access(AccessSettings settings) {
        // object ids are GUIDs: compare them without regard to case or stray spaces from an env var
        this.admins = canonical(settings.admins());
        this.tenants = canonical(settings.allowedTenants());
        this.entra = settings.entra();
        this.entraTenants = canonical(settings.entra().tenants());
        List<Key> keys = new ArrayList<>();
        for (String key : settings.apiKeys()) {
            keys.add(new Key(secret(key), new Caller("api-key", null, false)));
        }
        for (AccessSettings.Client client : settings.clients()) {
            String tenant = client.tenant() == null || client.tenant().isBlank() ? null : canonical(client.tenant());
            keys.add(new Key(secret(client.key()), new Caller(client.name() == null ? "client" : client.name(),
                    tenant, client.admin())));
        }
        this.keys = keys.stream().filter(k -> k.secret().length > 0).toList();
    }

    /** Whether Teams conversations of this tenant are served; every tenant is when none are configured. */
    public boolean servesTenant(String tenantId) {
        return tenants.isEmpty() || tenantId != null && tenants.contains(canonical(tenantId));
    }

    /** The machine client whose key this is, compared in constant time against every configured key. */
    public Optional<Caller> byApiKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        byte[] given = secret(key);
        Caller found = null;
        for (Key known : keys) {
            if (MessageDigest.isEqual(known.secret(), given) && found == null) {
                found = known.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The person an Entra ID token (already verified: signature, expiry, audience) stands for, if their tenant
     * is one the deployment accepts tokens from.
     */
    public Optional<Caller> byEntraToken(String objectId, String tenantId, Collection<String> roles) {
        if (objectId == null || objectId.isBlank() || tenantId == null || !entraTenants.contains(canonical(tenantId))) {
            return Optional.empty();
        }
        boolean admin = isAdmin(objectId) || roles != null && roles.contains(entra.adminRole());
        return Optional.of(new Caller(canonical(objectId), canonical(tenantId), admin));
    }

    public boolean isAdmin(String aadObjectId) {
        return aadObjectId != null && admins.contains(canonical(aadObjectId));
    }

    private static byte[] secret(String key) {
        return key == null ? new byte[0] : key.trim().getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> canonical(Set<String> ids) {
        return ids.stream().map(Access::canonical).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static String canonical(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}

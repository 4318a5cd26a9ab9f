package org.strategybot.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** Answers whether a person, known by their Azure AD object id, may administer the bot. */
@Service
public class Access {

    private final Set<String> admins;
    private final Set<String> tenants;
    private final List<byte[]> apiKeys;

    Access(AccessSettings settings) {
        // object ids are GUIDs: compare them without regard to case or stray spaces from an env var
        this.admins = canonical(settings.admins());
        this.tenants = canonical(settings.allowedTenants());
        this.apiKeys = settings.apiKeys().stream().map(String::trim).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Whether Teams conversations of this tenant are served; every tenant is when none are configured. */
    public boolean servesTenant(String tenantId) {
        return tenants.isEmpty() || tenantId != null && tenants.contains(canonical(tenantId));
    }

    /** Whether a machine client's key is one of the configured ones, compared in constant time. */
    public boolean isApiKey(String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        byte[] given = key.trim().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] known : apiKeys) {
            match |= MessageDigest.isEqual(known, given);
        }
        return match;
    }

    public boolean isAdmin(String aadObjectId) {
        return aadObjectId != null && admins.contains(canonical(aadObjectId));
    }

    private static Set<String> canonical(Set<String> ids) {
        return ids.stream().map(Access::canonical).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static String canonical(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}

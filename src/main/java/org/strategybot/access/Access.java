package org.strategybot.access;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** Answers whether a person, known by their Azure AD object id, may administer the bot. */
@Service
public class Access {

    private final Set<String> admins;

    Access(AccessSettings settings) {
        // object ids are GUIDs: compare them without regard to case or stray spaces from an env var
        this.admins = settings.admins().stream().map(Access::canonical).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isAdmin(String aadObjectId) {
        return aadObjectId != null && admins.contains(canonical(aadObjectId));
    }

    private static String canonical(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}

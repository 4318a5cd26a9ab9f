package org.strategybot.access;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current REST request, as the security filters established it. */
public final class Callers {

    private Callers() {
    }

    /** Empty outside an authenticated REST request (the bot's endpoint, scheduled jobs). */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }
}

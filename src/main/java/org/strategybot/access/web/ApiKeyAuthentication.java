package org.strategybot.access.web;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strategybot.access.Access;
import org.strategybot.access.Caller;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Machine clients send a key in X-API-Key; a wrong key is refused at once rather than treated as anonymous. */
final class ApiKeyAuthentication extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final Access access;
    private final AuthenticationEntryPoint refuse;

    ApiKeyAuthentication(Access access, AuthenticationEntryPoint refuse) {
        this.access = access;
        this.refuse = refuse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = access.byApiKey(key);
        if (caller.isEmpty()) {
            // the entry point logs the refusal; the key itself is never logged
            refuse.commence(request, response, new BadCredentialsException("unknown " + HEADER));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller.get()));
        chain.doFilter(request, response);
    }
}

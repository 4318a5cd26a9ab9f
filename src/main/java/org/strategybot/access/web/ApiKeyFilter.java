package org.strategybot.access.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strategybot.access.Access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The REST API and the actuator are for known machine clients: each request carries an X-API-Key. Two
 * paths stay open: {@code /api/messages}, which authenticates Bot Framework tokens itself, and the health
 * probes, which orchestrators call without credentials.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final Access access;

    ApiKeyFilter(Access access) {
        this.access = access;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean guarded = path.startsWith("/api/") || path.startsWith("/actuator");
        boolean open = path.equals("/api/messages") || path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        return !guarded || open;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (access.isApiKey(request.getHeader(HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        // the key itself is never logged
        log.info("Refused {} {} from {}: no valid {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), HEADER);
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"This API needs a valid "
                + HEADER + " header.\"}");
    }
}

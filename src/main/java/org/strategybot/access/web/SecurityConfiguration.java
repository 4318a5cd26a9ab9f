package org.strategybot.access.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.strategybot.access.Access;
import org.strategybot.access.AccessSettings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what over HTTP. Everything under /api/ and /actuator/ needs a caller: a machine client with an
 * X-API-Key or, when configured, a person with an Entra ID bearer token. Reading needs any caller, writing an
 * administrator, and cross-tenant operational data (digest deliveries, metrics) a deployment-wide one. Two paths
 * stay open: /api/messages, which checks Bot Framework tokens itself, and the health probes, which
 * orchestrators call without credentials. The dashboard's pages hold no data; their data comes from /api/.
 */
@Configuration
// the command-line import runs without a web server, and so without any of this
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String PEOPLE = "/api/people/**";

    @Bean
    SecurityFilterChain httpSecurity(HttpSecurity http, Access access, AccessSettings settings) throws Exception {
        AuthenticationEntryPoint refuse = SecurityConfiguration::unauthorized;
        http
                // the bot's endpoint checks Bot Framework tokens itself and answers machines, not browsers: it
                // skips this chain, which cost it about 15% of its throughput in the benchmark
                .securityMatcher(new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/messages")))
                // no cookies, no sessions: every request carries its credential in a header, which a
                // cross-site form cannot set, so there is nothing for CSRF to ride on
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                // the dashboard runs as a Teams tab, inside Teams' frame; its pages say who may frame them
                // (Content-Security-Policy frame-ancestors) instead of the blanket X-Frame-Options: DENY
                .headers(headers -> headers.frameOptions(frame -> frame.disable()))
                .addFilterBefore(new ApiKeyAuthentication(access, refuse), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**", "/api/digest/**").hasAuthority(CallerAuthentication.DEPLOYMENT)
                        // personal data about staff, even to read: administrators only (confined ones see their tenant's)
                        .requestMatchers(PEOPLE).hasAuthority(CallerAuthentication.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(CallerAuthentication.READER)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority(CallerAuthentication.READER)
                        .requestMatchers("/api/**").hasAuthority(CallerAuthentication.ADMIN)
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(refuse).accessDeniedHandler(forbidden()));
        AccessSettings.Entra entra = settings.entra();
        if (entra.enabled()) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(refuse)
                    .jwt(jwt -> jwt.decoder(entraDecoder(entra)).jwtAuthenticationConverter(token -> person(access, token))));
        }
        return http.build();
    }

    /**
     * Entra ID publishes one key set for every tenant; the token's own tenant is then checked twice: the issuer
     * must be that tenant's v2.0 issuer, and the tenant must be one this deployment accepts. The token must carry an
     * expiry, and be within it.
     */
    private static NimbusJwtDecoder entraDecoder(AccessSettings.Entra entra) {
        String login = entra.loginUrl().replaceAll("/+$", "");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(login + "/common/discovery/v2.0/keys").build();
        OAuth2TokenValidator<Jwt> audience = token -> token.getAudience() != null
                && token.getAudience().contains(entra.audience())
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Wrong audience", null));
        OAuth2TokenValidator<Jwt> issuer = token -> {
            String tenant = token.getClaimAsString("tid");
            String expected = login + "/" + tenant + "/v2.0";
            return tenant != null && token.getIssuer() != null && expected.equals(token.getIssuer().toString())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Wrong issuer", null));
        };
        // Spring's timestamp check lets a token without exp through: such a token would never expire
        JwtTimestampValidator expiry = new JwtTimestampValidator();
        expiry.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(expiry, audience, issuer));
        return decoder;
    }

    private static CallerAuthentication person(Access access, Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return access.byEntraToken(token.getClaimAsString("oid"), token.getClaimAsString("tid"), roles)
                .map(CallerAuthentication::new)
                .orElseThrow(() -> new InvalidBearerTokenException("Tokens from this tenant are not accepted"));
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException reason) throws IOException {
        log.info("Refused {} {} from {}: {}", request.getMethod(), loggable(request), request.getRemoteAddr(),
                reason.getMessage());
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyAuthentication.HEADER + "\", Bearer");
        problem(response, HttpStatus.UNAUTHORIZED, "This API needs a valid " + ApiKeyAuthentication.HEADER
                + " header or an Entra ID bearer token.");
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> {
            log.info("Refused {} {}: the caller lacks the right", request.getMethod(), loggable(request));
            boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
            problem(response, HttpStatus.FORBIDDEN, aboutPeople(request) ? "Personal data is for administrators only."
                    : reading ? "This needs a deployment-wide client: it shows every tenant's data."
                    : "Changes over the API need an administrator.");
        };
    }

    private static boolean aboutPeople(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/people/");
    }

    /** The path for a log line: a person's id or email in it is personal data, so it is left out. */
    private static String loggable(HttpServletRequest request) {
        return aboutPeople(request) ? "/api/people/…" : request.getRequestURI();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        // the filter chain answers before Spring MVC, so its message converters are not there to write it
        JsonMapper.shared().writeValue(response.getWriter(), body);
    }
}

package org.strategybot.access.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.strategybot.access.Caller;

/** An authenticated REST caller; its authorities are what the URL rules in {@link SecurityConfiguration} ask for. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    static final String READER = "reader";
    static final String ADMIN = "admin";
    /** Sees every tenant's operational data: digest deliveries, metrics. */
    static final String DEPLOYMENT = "deployment";

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(authorities(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(READER));
        if (caller.admin()) {
            authorities.add(new SimpleGrantedAuthority(ADMIN));
        }
        if (caller.deploymentWide()) {
            authorities.add(new SimpleGrantedAuthority(DEPLOYMENT));
        }
        return authorities;
    }

    @Override
    public Object getCredentials() {
        // the key or token has done its job; it is not kept where a log or a serialised context could show it
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }
}

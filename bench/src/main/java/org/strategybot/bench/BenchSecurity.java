package org.strategybot.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * The benchmark's reference endpoints skip Spring Security's filter chain, as /api/messages does, so that the
 * ceilings they measure are not lowered by filters the bot's endpoint never passes through.
 */
@Profile("bench")
@Configuration
class BenchSecurity {

    @Bean
    WebSecurityCustomizer benchEndpointsSkipTheChain() {
        return web -> web.ignoring().requestMatchers("/bench/**");
    }
}

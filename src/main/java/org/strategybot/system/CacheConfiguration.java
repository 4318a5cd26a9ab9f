package org.strategybot.system;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.cache.Caffeine;

/** One Caffeine cache per configured name, each with its own size and expiry. */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> perCacheSpecs(CacheSettings settings) {
        return manager -> settings.specs().forEach((name, spec) ->
                manager.registerCustomCache(name, Caffeine.from(spec).build()));
    }
}

package org.smenet.gateway.session;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * With {@code smenet.gateway.sessions.store=memory} the sessions live in this process: component {@code sessionStore}
 * is UP with {@code store: memory}, so the {@code sessions} health group exists in both modes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "smenet.gateway.sessions.store", havingValue = "memory")
class MemorySessionStoreHealth {

    @Bean
    ReactiveHealthIndicator sessionStoreHealthIndicator() {
        return () -> Mono.just(Health.up().withDetail("store", "memory").build());
    }
}

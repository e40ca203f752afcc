package org.smenet.gateway.security;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Wraps the JWT decoder Spring Boot builds from {@code spring.security.oauth2.resourceserver.jwt.*}
 * (issuer, JWKS, audiences) in a {@link VerifiedTokenCache}, keeping Boot's configuration intact.
 * {@code smenet.gateway.verified-token-cache-size} (default 4096; 0 turns the cache off).
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokenCacheConfiguration {

    @Bean
    static BeanPostProcessor verifiedTokenCache(Environment environment) {
        int size = Binder.get(environment).bind("smenet.gateway.verified-token-cache-size", Integer.class)
                .orElse(4096);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (size > 0 && bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                    return new VerifiedTokenCache(decoder, size, Clock.systemUTC());
                }
                return bean;
            }
        };
    }
}

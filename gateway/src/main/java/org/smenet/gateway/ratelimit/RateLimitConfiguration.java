package org.smenet.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.smenet.gateway.problem.ProblemWriter;

/** In-process buckets by default; Redis buckets when a Redis URL is configured. */
@Configuration
@ConditionalOnProperty(name = "smenet.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    TokenBuckets tokenBuckets(RateLimitProperties properties) {
        if (properties.usesRedis()) {
            return new RedisTokenBuckets(properties);
        }
        return new LocalTokenBuckets(properties.replenishRate(), properties.burstCapacity(), System::nanoTime);
    }

    @Bean
    RateLimitFilter rateLimitFilter(TokenBuckets buckets, RateLimitProperties properties, ProblemWriter problems) {
        return new RateLimitFilter(buckets, properties, problems);
    }
}

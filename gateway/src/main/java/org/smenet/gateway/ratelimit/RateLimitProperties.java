package org.smenet.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits, {@code smenet.gateway.rate-limit.*}: one token bucket per caller (JWT {@code sub}, or the
 * client IP on open routes) across all routes.
 *
 * @param enabled       switch the limiter off entirely (benchmarks of raw proxy cost)
 * @param replenishRate tokens added per second: the sustained request rate allowed
 * @param burstCapacity bucket size: the most requests allowed at once, also sent as {@code X-RateLimit-Limit}
 * @param redisUrl      when set ({@code SMENET_REDIS_URL} or {@code spring.data.redis.url}), buckets live in
 *                      Redis so every gateway replica shares them; otherwise they live in this process
 * @param redisKeyPrefix prefix of the bucket keys in Redis
 * @param redisTimeout  how long to wait for Redis before letting the request through (fail open)
 */
@ConfigurationProperties("smenet.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50") double replenishRate,
        @DefaultValue("100") int burstCapacity,
        String redisUrl,
        @DefaultValue("smenet:gateway:rate-limit:") String redisKeyPrefix,
        @DefaultValue("500ms") Duration redisTimeout) {

    public RateLimitProperties {
        if (!(replenishRate > 0)) {
            throw new IllegalArgumentException("smenet.gateway.rate-limit.replenish-rate must be > 0");
        }
        if (burstCapacity < 1) {
            throw new IllegalArgumentException("smenet.gateway.rate-limit.burst-capacity must be >= 1");
        }
    }

    boolean usesRedis() {
        return redisUrl != null && !redisUrl.isBlank();
    }
}

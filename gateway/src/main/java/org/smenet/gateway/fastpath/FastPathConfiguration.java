package org.smenet.gateway.fastpath;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.HttpServerCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.netty.NettyPipeline;

import org.smenet.gateway.GatewayProperties;
import org.smenet.gateway.RouteMetricsFilter;
import org.smenet.gateway.edge.IdentityHeaderStripping;
import org.smenet.gateway.problem.ProblemWriter;
import org.smenet.gateway.ratelimit.RateLimitProperties;
import org.smenet.gateway.ratelimit.TokenBuckets;
import org.smenet.gateway.security.VerifiedTokens;

/**
 * The Netty fast path for {@code /api/**} ({@link FastPathHandler}), in front of Spring Cloud Gateway, on unless
 * {@code smenet.gateway.fast-path.enabled=false}. It stays off (everything through Spring Cloud Gateway, as
 * before) when a collaborator it needs cannot be used at once: Redis rate-limit buckets (asynchronous), no
 * verified-token cache, TLS or HTTP/2 on the server, trusted proxies (forwarded headers would be added), default
 * filters.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "smenet.gateway.fast-path.enabled", matchIfMissing = true)
class FastPathConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FastPathConfiguration.class);
    static final String HANDLER = "smenet.fastPath";
    /** {@code MalformedRequestProblems}' handler: the fast path goes after it */
    private static final String MALFORMED = "smenet.malformedRequestProblems";

    @Bean
    WebServerFactoryCustomizer<NettyReactiveWebServerFactory> fastPathOnTheServer(
            org.springframework.cloud.gateway.config.GatewayProperties gateway, GatewayProperties properties,
            ObjectProvider<ReactiveJwtDecoder> decoders, ObjectProvider<TokenBuckets> buckets,
            RateLimitProperties rateLimits, ObjectProvider<ReactiveResilience4JCircuitBreakerFactory> circuitBreakers,
            ObjectProvider<ReactiveResilience4jBulkheadProvider> bulkheads,
            IdentityHeaderStripping identityHeaders, RouteMetricsFilter routeMetrics, ProblemWriter problems,
            MeterRegistry meters, Environment environment) {
        return factory -> {
            String off = whyOff(gateway, decoders, buckets, rateLimits, circuitBreakers, environment);
            if (off != null) {
                log.info("Netty fast path off: {}", off);
                return;
            }
            Duration connectTimeout = Duration.ofMillis(environment.getProperty(
                    "spring.cloud.gateway.server.webflux.httpclient.connect-timeout", Integer.class, 45_000));
            ReactiveResilience4JCircuitBreakerFactory resilience = circuitBreakers.getObject();
            FastPath fastPath = new FastPath(FastPathRoutes.of(gateway.getRoutes()),
                    (VerifiedTokens) decoders.getIfUnique(), rateLimits.enabled() ? buckets.getIfAvailable() : null,
                    rateLimits, resilience.getCircuitBreakerRegistry(), resilience.getTimeLimiterRegistry(),
                    bulkheads.getIfAvailable() == null ? null : bulkheads.getIfAvailable().getBulkheadRegistry(),
                    identityHeaders, routeMetrics, problems, properties.correlationHeader(),
                    properties.contentSecurityPolicy(), (int) connectTimeout.toMillis(),
                    properties.maxRequestSize().toBytes(), meters);
            log.info("Netty fast path on for routes {}", fastPath.routes.routes().stream()
                    .map(FastPathRoutes.Route::id).toList());
            factory.addServerCustomizers(server -> server.doOnChannelInit((observer, channel, remote) -> {
                // after Reactor Netty's HTTP/1.1 codec only (no h2c/h2: those pipelines have no HttpServerCodec)
                if (channel.pipeline().get(NettyPipeline.HttpCodec) instanceof HttpServerCodec
                        && channel.pipeline().get(HANDLER) == null) {
                    String after = channel.pipeline().get(MALFORMED) != null ? MALFORMED : NettyPipeline.HttpCodec;
                    channel.pipeline().addAfter(after, HANDLER, new FastPathHandler(fastPath));
                }
            }));
        };
    }

    private static String whyOff(org.springframework.cloud.gateway.config.GatewayProperties gateway,
                                 ObjectProvider<ReactiveJwtDecoder> decoders, ObjectProvider<TokenBuckets> buckets,
                                 RateLimitProperties rateLimits,
                                 ObjectProvider<ReactiveResilience4JCircuitBreakerFactory> circuitBreakers,
                                 Environment environment) {
        if (!(decoders.getIfUnique() instanceof VerifiedTokens)) {
            return "no verified-token cache (smenet.gateway.verified-token-cache-size=0)";
        }
        if (rateLimits.enabled() && (buckets.getIfAvailable() == null || rateLimits.redisUrl() != null
                && !rateLimits.redisUrl().isBlank())) {
            return "rate-limit buckets in Redis";
        }
        if (circuitBreakers.getIfAvailable() == null) {
            return "no Resilience4j circuit breakers";
        }
        if (environment.getProperty("server.ssl.enabled", Boolean.class, false)
                || environment.getProperty("server.ssl.bundle") != null
                || environment.getProperty("server.http2.enabled", Boolean.class, false)) {
            return "TLS or HTTP/2 on the server";
        }
        if (gateway.getTrustedProxies() != null && !gateway.getTrustedProxies().isBlank()) {
            return "trusted proxies (forwarded headers)";
        }
        if (!gateway.getDefaultFilters().isEmpty()) {
            return "default filters";
        }
        return null;
    }
}

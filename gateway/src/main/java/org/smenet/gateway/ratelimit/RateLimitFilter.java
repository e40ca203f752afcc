package org.smenet.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import org.smenet.gateway.problem.Problem;
import org.smenet.gateway.problem.ProblemWriter;

/**
 * Applies the caller's token bucket to every routed request, before the circuit breaker and the
 * proxy. The caller is the token's subject, or the client IP when the route is open and no token came.
 * Every answer carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}; a refusal is a 429
 * problem with {@code Retry-After}.
 */
public final class RateLimitFilter implements GlobalFilter, Ordered {

    public static final String LIMIT_HEADER = "X-RateLimit-Limit";
    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final TokenBuckets buckets;
    private final RateLimitProperties properties;
    private final ProblemWriter problems;
    private final String limit;

    RateLimitFilter(TokenBuckets buckets, RateLimitProperties properties, ProblemWriter problems) {
        this.buckets = buckets;
        this.properties = properties;
        this.problems = problems;
        this.limit = Integer.toString(properties.burstCapacity());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return callerOf(exchange)
                .flatMap(buckets::take)
                .flatMap(take -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    headers.set(LIMIT_HEADER, limit);
                    headers.set(REMAINING_HEADER, Long.toString(take.remaining()));
                    if (take.granted()) {
                        return chain.filter(exchange);
                    }
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(take.retryAfterSeconds()));
                    return problems.write(exchange, Problem.of("too-many-requests", "Too many requests",
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Rate limit exceeded: at most " + properties.burstCapacity() + " requests at once and "
                                    + properties.replenishRate() + " per second. Retry after "
                                    + take.retryAfterSeconds() + " s."));
                });
    }

    static Mono<String> callerOf(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                // a bearer token's subject, or a signed-in portal person's (the same subject): one bucket each;
                // anything else (not signed in) by address
                .filter(p -> p instanceof JwtAuthenticationToken || p instanceof OAuth2AuthenticationToken)
                .map(principal -> TokenBuckets.subjectKey(principal.getName()))
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientIp(exchange)));
    }

    private static String clientIp(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    @Override
    public int getOrder() {
        return -500; // before route filters (circuit breaker, retry: orders 1..n) and the proxy
    }
}

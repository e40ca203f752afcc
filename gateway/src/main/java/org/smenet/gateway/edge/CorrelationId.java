package org.smenet.gateway.edge;

import org.slf4j.MDC;
import org.smenet.contracts.Correlation;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

import org.smenet.gateway.GatewayProperties;

/**
 * Gives every request a correlation id by the node's one rule ({@link Correlation#accept}): the caller's
 * id when it is well formed, otherwise a new UUID. The id goes downstream, comes back on the response,
 * is the exchange's log id (so Spring's own log lines about the request start with {@code [id]}), and is
 * put in the MDC around the gateway's own log statements ({@link #inMdc}).
 * <p>
 * Deliberately no Reactor context propagation: with {@code spring.reactor.context-propagation=auto} every
 * operator of every request saved and restored thread locals, about a third of the gateway's CPU, to
 * serve the handful of places that log.
 */
@Component
public class CorrelationId implements WebFilter, Ordered {

    /** Exchange attribute holding the id. */
    public static final String ATTRIBUTE = CorrelationId.class.getName();
    /** MDC key, used by {@code logging.pattern.correlation}. */
    public static final String MDC_KEY = Correlation.MDC_KEY;

    private final String header;

    public CorrelationId(GatewayProperties properties) {
        this.header = properties.correlationHeader();
    }

    static boolean isWellFormed(String candidate) {
        return Correlation.isWellFormed(candidate);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(header);
        String id = Correlation.accept(incoming);
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getAttributes().put(ServerWebExchange.LOG_ID_ATTRIBUTE, id);
        // at commit, so neither a relayed response nor an error handler can drop or double it
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(header, id);
            return Mono.empty();
        });
        if (id.equals(incoming)) {
            return chain.filter(exchange);
        }
        // the request Reactor Netty received: its headers are mutable and Spring's request headers are a view of
        // them, so the id is set in place instead of copying every header into a mutated request
        HttpServerRequest netty = NettyRequests.nativeOf(exchange.getRequest());
        if (netty != null) {
            netty.requestHeaders().set(header, id);
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> h.set(header, id)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** Runs {@code logStatement} with the exchange's correlation id in the MDC, as a log layout expects it. */
    public static void inMdc(ServerWebExchange exchange, Runnable logStatement) {
        String id = exchange.getAttribute(ATTRIBUTE);
        if (id == null) {
            logStatement.run();
            return;
        }
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            logStatement.run();
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public String toString() {
        return "CorrelationId"; // named per request by WebFlux's filter chain (checkpoint): no identity hash
    }
}

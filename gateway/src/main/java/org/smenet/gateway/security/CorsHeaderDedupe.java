package org.smenet.gateway.security;

import java.util.List;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway answers CORS for the node; a service that also sends CORS headers would double them and
 * browsers reject a doubled {@code Access-Control-Allow-Origin}. Keeps the gateway's (first) value.
 * Done just before commit rather than as a post-filter, because a fallback or a refusal may already
 * have committed the response.
 */
@Component
class CorsHeaderDedupe implements GlobalFilter, Ordered {

    private static final List<String> SINGLE_VALUED = List.of(
            HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            for (String name : SINGLE_VALUED) {
                List<String> values = headers.get(name);
                if (values != null && values.size() > 1) {
                    headers.set(name, values.get(0));
                }
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

package org.smenet.gateway.edge;

import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import org.smenet.gateway.GatewayProperties;

/**
 * Removes request headers that claim an identity or an economy ({@code X-Economy}, {@code X-User*},
 * ...). Who the caller is and which economy it acts for come from the token alone; a header a client
 * can type must never reach a service that might trust it. The correlation id header is kept.
 */
@Component
public class IdentityHeaderStripping implements WebFilter, Ordered {

    private final List<String> exact;
    private final List<String> prefixes;
    private final String kept;

    public IdentityHeaderStripping(GatewayProperties properties) {
        this.exact = properties.strippedHeaders().stream()
                .filter(p -> !p.endsWith("*")).map(p -> p.toLowerCase(Locale.ROOT)).toList();
        this.prefixes = properties.strippedHeaders().stream()
                .filter(p -> p.endsWith("*"))
                .map(p -> p.substring(0, p.length() - 1).toLowerCase(Locale.ROOT)).toList();
        this.kept = properties.correlationHeader().toLowerCase(Locale.ROOT);
    }

    boolean isStripped(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        if (name.equals(kept)) {
            return false;
        }
        return exact.contains(name) || prefixes.stream().anyMatch(name::startsWith);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        List<String> doomed = headers.headerNames().stream().filter(this::isStripped).toList();
        if (doomed.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(r -> r.headers(h -> doomed.forEach(h::remove)))
                .build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}

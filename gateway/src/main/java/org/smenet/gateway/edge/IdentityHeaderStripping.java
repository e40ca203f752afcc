package org.smenet.gateway.edge;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.netty.util.AsciiString;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
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

    /** Case-insensitive, without making a lower-case copy of the name. */
    public boolean isStripped(CharSequence name) {
        if (AsciiString.contentEqualsIgnoreCase(name, kept)) {
            return false;
        }
        for (String candidate : exact) {
            if (AsciiString.contentEqualsIgnoreCase(name, candidate)) {
                return true;
            }
        }
        for (String prefix : prefixes) {
            if (name.length() >= prefix.length() && AsciiString.regionMatches(name, true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpServerRequest netty = NettyRequests.nativeOf(request);
        if (netty != null && !anyStripped(netty.requestHeaders())) {
            return chain.filter(exchange); // the usual case, decided on Netty's headers without copying them
        }
        HttpHeaders headers = request.getHeaders();
        List<String> doomed = headers.headerNames().stream().filter(this::isStripped).toList();
        if (doomed.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(r -> r.headers(h -> doomed.forEach(h::remove)))
                .build());
    }

    private boolean anyStripped(io.netty.handler.codec.http.HttpHeaders headers) {
        Iterator<Map.Entry<CharSequence, CharSequence>> entries = headers.iteratorCharSequence();
        while (entries.hasNext()) {
            if (isStripped(entries.next().getKey())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "IdentityHeaderStripping"; // named per request by WebFlux's filter chain (checkpoint)
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}

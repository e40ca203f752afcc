package org.smenet.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.smenet.gateway.GatewayProperties;
import org.smenet.gateway.problem.Problem;
import org.smenet.gateway.problem.ProblemWriter;

/**
 * Rejects request bodies larger than {@code smenet.gateway.max-request-size} with a 413 problem.
 * A declared {@code Content-Length} is checked up front; a chunked body (no length) is read up to
 * the limit and then replayed downstream, so nothing oversized is ever half-forwarded.
 * Runs after security, so only authenticated callers cost the gateway any buffering.
 */
@Component
public class RequestSizeLimit implements WebFilter, Ordered {

    private final long maxBytes;
    private final String readable;
    private final ProblemWriter problems;

    public RequestSizeLimit(GatewayProperties properties, ProblemWriter problems) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.readable = properties.maxRequestSize().toString();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long declared = headers.getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0 || !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE);
        return DataBufferUtils.join(exchange.getRequest().getBody(), limit)
                .map(body -> replay(exchange.getRequest(), body))
                .defaultIfEmpty(exchange.getRequest())
                .flatMap(request -> chain.filter(exchange.mutate().request(request).build()))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange));
    }

    private static ServerHttpRequest replay(ServerHttpRequest original, DataBuffer body) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(original.getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.readableByteCount());
        return new ServerHttpRequestDecorator(original) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        };
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange, Problem.of("payload-too-large", "Payload too large",
                        HttpStatus.CONTENT_TOO_LARGE,
                        "The request body is larger than the " + readable + " the gateway accepts.")
                .with("maxBytes", maxBytes));
    }

    @Override
    public int getOrder() {
        return -50; // after Spring Security's WebFilterChainProxy (-100)
    }

    @Override
    public String toString() {
        return "RequestSizeLimit"; // named per request by WebFlux's filter chain (checkpoint): no identity hash
    }
}

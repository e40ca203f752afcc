package org.smenet.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import org.smenet.gateway.problem.Problem;
import org.smenet.gateway.problem.ProblemWriter;

/**
 * CORS exactly as Spring's {@code CorsWebFilter} with the {@link DefaultCorsProcessor} (same checks, same
 * {@code Vary} and {@code Access-Control-*} headers; a valid preflight is answered here), except that a
 * refused cross-origin request (origin, method or headers not allowed) gets a 403 {@code forbidden} problem
 * instead of an empty 403.
 */
final class ProblemCorsWebFilter implements WebFilter {

    static final String DETAIL = "Cross-origin request refused: its origin, method or headers are not allowed here.";

    private final CorsConfigurationSource source;
    private final ProblemWriter problems;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            // answered by the filter, with a problem body
        }
    };

    ProblemCorsWebFilter(CorsConfigurationSource source, ProblemWriter problems) {
        this.source = source;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        CorsConfiguration config = source.getCorsConfiguration(exchange);
        if (!processor.process(config, exchange)) {
            return problems.write(exchange, Problem.of("forbidden", "Forbidden", HttpStatus.FORBIDDEN, DETAIL));
        }
        return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : chain.filter(exchange);
    }

    @Override
    public String toString() {
        return "ProblemCorsWebFilter"; // named per request by WebFlux's filter chain (checkpoint): no identity hash
    }
}

package org.smenet.gateway.problem;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The actuator answers some client errors with a status and no body (an unknown health group:
 * {@code /actuator/health/nope} is a bare 404). Under {@code /actuator/} only, a 4xx completed without a body
 * becomes the gateway's problem for that status. Routed paths are not touched: a service's answer passes
 * through as it is.
 */
@Component
class ActuatorClientErrorProblems implements WebFilter, Ordered {

    private static final String PREFIX = "/actuator/";

    private final ProblemWriter problems;

    ActuatorClientErrorProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith(PREFIX)) {
            return chain.filter(exchange);
        }
        AtomicReference<ServerWebExchange> decorated = new AtomicReference<>();
        ServerHttpResponse response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                HttpStatusCode status = getStatusCode();
                if (status == null || !status.is4xxClientError() || isCommitted()) {
                    return super.setComplete();
                }
                HttpStatus known = HttpStatus.resolve(status.value());
                if (known == null) {
                    return super.setComplete();
                }
                getHeaders().remove("Content-Length");
                return problems.write(decorated.get(), Problem.forStatus(known, detail(known)));
            }
        };
        decorated.set(exchange.mutate().response(response).build());
        return chain.filter(decorated.get());
    }

    private static String detail(HttpStatus status) {
        return status == HttpStatus.NOT_FOUND ? "Nothing is served at this path."
                : "The request was refused (" + status.value() + " " + status.getReasonPhrase() + ").";
    }

    @Override
    public int getOrder() {
        return -40; // after Spring Security's WebFilterChainProxy (-100): only requests it let through
    }

    @Override
    public String toString() {
        return "ActuatorClientErrorProblems"; // named per request by WebFlux's filter chain (checkpoint): no identity hash
    }
}

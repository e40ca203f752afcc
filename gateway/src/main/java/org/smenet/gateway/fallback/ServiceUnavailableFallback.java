package org.smenet.gateway.fallback;

import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import org.smenet.gateway.edge.CorrelationId;
import org.smenet.gateway.problem.Problem;
import org.smenet.gateway.problem.ProblemWriter;

/**
 * Where a route's circuit breaker forwards when its service fails, times out or the circuit is open
 * ({@code fallbackUri: forward:/fallback/<service>}): a 503 problem naming the service. Only reachable
 * by that internal forward; security refuses {@code /fallback/**} from outside.
 */
@Configuration
class ServiceUnavailableFallback {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);
    private static final String ROUTED_PATH = ServiceUnavailableFallback.class.getName() + ".routedPath";

    /** Remembers the path a routed request came with, since the forward to the fallback replaces it. */
    @Bean
    GlobalFilter routedPathForFallback() {
        return new RoutedPath();
    }

    @Bean
    RouterFunction<ServerResponse> fallbackRoutes(ProblemWriter problems) {
        return RouterFunctions.route()
                .path("/fallback/{service}", builder -> builder.route(request -> true,
                        request -> unavailable(request, problems)))
                .build();
    }

    private static Mono<ServerResponse> unavailable(ServerRequest request, ProblemWriter problems) {
        String service = request.pathVariable("service");
        ServerWebExchange exchange = request.exchange();
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String why = reason(cause);
        String original = originalPath(exchange);
        CorrelationId.inMdc(exchange, () -> log.warn("{} service unavailable ({}) for {} {}: {}", service, why,
                request.method(), original, cause == null ? "no cause recorded" : cause.toString()));
        Problem problem = Problem.of("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE,
                        "The " + service + " service is unavailable (" + why + "). Try again later.")
                .with("service", service);
        return ServerResponse.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problems.render(exchange, problem, original));
    }

    static String reason(Throwable cause) {
        if (cause == null) {
            return "no answer";
        }
        if (cause instanceof CallNotPermittedException) {
            return "circuit open";
        }
        if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
            return "timed out";
        }
        return "unreachable";
    }

    private static String originalPath(ServerWebExchange exchange) {
        String routed = exchange.getAttribute(ROUTED_PATH);
        return routed != null ? routed : exchange.getRequest().getPath().value();
    }

    private static final class RoutedPath implements GlobalFilter, Ordered {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            exchange.getAttributes().put(ROUTED_PATH, exchange.getRequest().getPath().value());
            return chain.filter(exchange);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}

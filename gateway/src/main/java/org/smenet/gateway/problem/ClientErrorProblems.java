package org.smenet.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Client errors raised inside WebFlux (no route or resource: 404, wrong method: 405, unacceptable or
 * unsupported media type: 406/415, ...) as problems instead of Spring Boot's JSON error page. Runs
 * before Boot's error handler (order -1); server errors (5xx) are left to it.
 */
@Component
class ClientErrorProblems implements WebExceptionHandler, Ordered {

    private final ProblemWriter problems;

    ClientErrorProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (!(failure instanceof ResponseStatusException refused) || !refused.getStatusCode().is4xxClientError()
                || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatus status = HttpStatus.valueOf(refused.getStatusCode().value());
        HttpHeaders headers = exchange.getResponse().getHeaders();
        refused.getHeaders().forEach((name, values) -> headers.put(name, values));
        return problems.write(exchange, Problem.forStatus(status, detail(exchange, status)));
    }

    private static String detail(ServerWebExchange exchange, HttpStatus status) {
        return switch (status.value()) {
            case 404 -> "Nothing is served at this path.";
            case 405 -> "The method " + exchange.getRequest().getMethod().name() + " is not allowed here.";
            case 406 -> "None of the accepted media types can be produced here.";
            case 413 -> "The request body is larger than the gateway accepts.";
            case 415 -> "The request's content type is not supported here.";
            default -> "The request was refused (" + status.value() + " " + status.getReasonPhrase() + ").";
        };
    }

    @Override
    public int getOrder() {
        return -2;
    }
}

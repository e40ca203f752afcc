package org.smenet.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import org.smenet.gateway.problem.Problem;
import org.smenet.gateway.problem.ProblemWriter;

/** Valid token, but this path is not for it: 403 problem with an {@code insufficient_scope} challenge. */
@Component
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private static final String DETAIL = "The token is valid but does not allow this request.";

    private final ProblemWriter problems;
    private final SecurityRefusals refusals;

    ProblemAccessDeniedHandler(ProblemWriter problems, SecurityRefusals refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        refusals.forbidden();
        exchange.getResponse().getHeaders()
                .set(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of("insufficient_scope", DETAIL));
        return problems.write(exchange, Problem.of("forbidden", "Forbidden", HttpStatus.FORBIDDEN, DETAIL));
    }
}

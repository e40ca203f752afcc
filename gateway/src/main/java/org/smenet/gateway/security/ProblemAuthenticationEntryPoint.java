package org.smenet.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import org.smenet.gateway.problem.Problem;
import org.smenet.gateway.problem.ProblemWriter;

/** Missing or rejected token: 401 problem with a Bearer challenge saying why (RFC 6750). */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;
    private final SecurityRefusals refusals;

    ProblemAuthenticationEntryPoint(ProblemWriter problems, SecurityRefusals refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        String error = null;
        String description = null;
        if (failure instanceof OAuth2AuthenticationException oauth) {
            error = oauth.getError().getErrorCode();
            description = oauth.getError().getDescription();
            if (oauth.getError() instanceof BearerTokenError bearer) {
                status = bearer.getHttpStatus();
            }
        }
        refusals.unauthorized();
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of(error, description));
        Problem problem = status == HttpStatus.UNAUTHORIZED
                ? Problem.of("unauthorized", "Unauthorized", status,
                        description != null ? description : "This request needs a valid bearer token.")
                : Problem.of("invalid-request", "Invalid request", status,
                        description != null ? description : "The bearer token request is malformed.");
        return problems.write(exchange, problem);
    }
}

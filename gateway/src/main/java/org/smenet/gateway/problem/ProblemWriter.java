package org.smenet.gateway.problem;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.smenet.gateway.edge.CorrelationId;

/**
 * Writes a {@link Problem} as {@code application/problem+json} straight onto the response, for the
 * places that answer before (or instead of) any handler: security, limits, fallbacks.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] bytes = render(exchange, problem, exchange.getRequest().getPath().value());
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    /** The JSON body; {@code instance} is the path the caller asked for. */
    public byte[] render(ServerWebExchange exchange, Problem problem, String instance) {
        return render(problem, instance, exchange.getAttribute(CorrelationId.ATTRIBUTE));
    }

    /** The JSON body for answers given before there is an exchange (malformed requests at the HTTP codec). */
    public byte[] render(Problem problem, String instance, String correlationId) {
        Problem body = correlationId == null ? problem : problem.with("correlationId", correlationId);
        return json.writeValueAsBytes(body.members(instance));
    }
}

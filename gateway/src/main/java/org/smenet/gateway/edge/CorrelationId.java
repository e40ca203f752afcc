package org.smenet.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.smenet.gateway.GatewayProperties;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is well formed,
 * otherwise a new UUID. The id goes downstream, comes back on the response, and sits in the MDC
 * (through the Reactor context and context propagation) so every log line of the request carries it.
 */
@Component
public class CorrelationId implements WebFilter, Ordered {

    /** Exchange attribute holding the id. */
    public static final String ATTRIBUTE = CorrelationId.class.getName();
    /** MDC key, used by {@code logging.pattern.correlation}. */
    public static final String MDC_KEY = "correlationId";

    /** Letters, digits and {@code . _ : -}; 8 to 128 characters, so a UUID or a W3C trace id fits. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,127}");

    private final String header;

    public CorrelationId(GatewayProperties properties) {
        this.header = properties.correlationHeader();
        ContextRegistry.getInstance().registerThreadLocalAccessor(new MdcAccessor());
    }

    static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(header);
        String id = isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> h.set(header, id)).build();
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(header, id);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build())
                .contextWrite(Context.of(MdcAccessor.KEY, id));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Moves the id between the Reactor context and the MDC of whichever thread runs the request. */
    static final class MdcAccessor implements ThreadLocalAccessor<String> {

        static final String KEY = "smenet.correlation-id";

        @Override
        public Object key() {
            return KEY;
        }

        @Override
        public String getValue() {
            return MDC.get(MDC_KEY);
        }

        @Override
        public void setValue(String value) {
            MDC.put(MDC_KEY, value);
        }

        @Override
        public void setValue() {
            MDC.remove(MDC_KEY);
        }
    }
}

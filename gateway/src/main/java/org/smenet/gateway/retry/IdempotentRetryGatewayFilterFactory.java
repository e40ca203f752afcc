package org.smenet.gateway.retry;

import java.util.List;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;

/**
 * The gateway's {@code Retry} filter (same arguments, same retries, backoff and statuses), named
 * {@code IdempotentRetry} in routes, without its costs for requests it would never retry:
 * <ul>
 * <li>Spring Cloud Gateway's {@code Retry} makes the route cache every request body in memory so that a retry
 * can resend it, whatever the method, so each POST was read whole before being forwarded although a POST is
 * never retried here. This one never turns that cache on.</li>
 * <li>A request whose method is not among {@code methods} skips the retry operators entirely.</li>
 * <li>A retried method without a body (the usual GET) gets an empty, resubscribable body instead of a cached
 * copy; one with a body (rare for GET/HEAD) is cached as before.</li>
 * </ul>
 */
@Component
public class IdempotentRetryGatewayFilterFactory extends RetryGatewayFilterFactory {

    @Override
    public GatewayFilter apply(RetryConfig config) {
        List<HttpMethod> methods = List.copyOf(config.getMethods());
        GatewayFilter retrying = super.apply(config);
        return (exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            if (!methods.contains(request.getMethod())) {
                return chain.filter(exchange);
            }
            if (hasNoBody(request.getHeaders())) {
                return retrying.filter(exchange.mutate().request(new WithoutBody(request)).build(), chain);
            }
            return ServerWebExchangeUtils.cacheRequestBody(exchange,
                    cached -> retrying.filter(exchange.mutate().request(cached).build(), chain));
        };
    }

    /** Nothing to cache: the body is resent, on a retry, by subscribing again. */
    @Override
    protected void enableBodyCaching(String routeId) {
    }

    private static boolean hasNoBody(HttpHeaders headers) {
        return headers.getContentLength() <= 0 && !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    private static final class WithoutBody extends ServerHttpRequestDecorator {

        WithoutBody(ServerHttpRequest delegate) {
            super(delegate);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.empty();
        }
    }
}

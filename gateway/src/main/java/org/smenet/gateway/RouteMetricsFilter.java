package org.smenet.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Times every routed request per route, as Spring Cloud Gateway's own metrics filter does and with the same
 * meter: {@code spring.cloud.gateway.requests} (Prometheus {@code spring_cloud_gateway_requests_seconds}) tagged
 * {@code routeId}, {@code routeUri}, {@code httpMethod}, {@code httpStatusCode}, {@code outcome} (status series)
 * and {@code status} (status name), recorded when the response is committed. The difference is the cost: the
 * gateway's filter built the tags and looked the timer up in the registry on every request (id, sorted tags,
 * meter filters); here each route keeps its timers by method and status, so a request costs an array read, a
 * clock read and the timer's own recording.
 */
public final class RouteMetricsFilter implements GlobalFilter, Ordered {

    static final String METER = "spring.cloud.gateway.requests";

    private static final HttpMethod[] METHODS = {HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.TRACE};

    private final MeterRegistry registry;
    private final ConcurrentMap<String, RouteTimers> routes = new ConcurrentHashMap<>();

    RouteMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        RouteTimers timers = timers(route.getId(), route.getUri().toString());
        exchange.getResponse().beforeCommit(() -> {
            timers.timer(exchange.getRequest().getMethod(), exchange.getResponse().getStatusCode())
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    /** The timers of the route {@code routeId} (also used by the Netty fast path: same meters, same cache). */
    public RouteTimers timers(String routeId, String routeUri) {
        RouteTimers timers = routes.get(routeId);
        return timers != null ? timers : routes.computeIfAbsent(routeId, id -> new RouteTimers(id, routeUri));
    }

    /** The timers of one route, by method and status, registered on first use. */
    public final class RouteTimers {

        private final String routeId;
        private final String routeUri;
        /** at method * 500 + status - 100; a race registers the same timer twice, which the registry dedups */
        private final AtomicReferenceArray<Timer> byMethodAndStatus = new AtomicReferenceArray<>(METHODS.length * 500);
        private final ConcurrentMap<String, Timer> others = new ConcurrentHashMap<>();

        RouteTimers(String routeId, String routeUri) {
            this.routeId = routeId;
            this.routeUri = routeUri;
        }

        public Timer timer(HttpMethod method, HttpStatusCode status) {
            int m = indexOf(method);
            int code = status == null ? -1 : status.value();
            if (m < 0 || code < 100 || code > 599) {
                return others.computeIfAbsent(method.name() + " " + code, key -> register(method, status));
            }
            int slot = m * 500 + code - 100;
            Timer timer = byMethodAndStatus.get(slot);
            if (timer == null) {
                timer = register(method, status);
                byMethodAndStatus.set(slot, timer);
            }
            return timer;
        }

        /** The tags of Spring Cloud Gateway's route and HTTP tag providers. */
        private Timer register(HttpMethod method, HttpStatusCode status) {
            String outcome = "CUSTOM";
            String name = "CUSTOM";
            String code = "NA";
            if (status != null) {
                code = String.valueOf(status.value());
                HttpStatus known = HttpStatus.resolve(status.value());
                if (known != null) {
                    outcome = known.series().name();
                    name = known.name();
                }
            }
            return Timer.builder(METER)
                    .tags("routeId", routeId, "routeUri", routeUri, "httpMethod", method.name(),
                            "httpStatusCode", code, "outcome", outcome, "status", name)
                    .register(registry);
        }
    }

    private static int indexOf(HttpMethod method) {
        for (int i = 0; i < METHODS.length; i++) {
            if (METHODS[i] == method) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getOrder() {
        return 0; // where the gateway's own metrics filter runs: before the response is written
    }
}

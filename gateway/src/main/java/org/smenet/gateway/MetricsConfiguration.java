package org.smenet.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * Routed requests ({@code /api/**}) are timed once, per route, by the gateway's
 * {@code spring_cloud_gateway_requests_seconds{routeId,httpStatusCode,outcome}}; the generic
 * {@code http.server.requests} observation of the same request (tagged {@code uri="UNKNOWN"}, since a
 * proxied request has no handler pattern) is skipped for them. It still measures everything else
 * (actuator, OpenAPI, refusals outside the API).
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Per-route timers (replaces the gateway's metrics filter, switched off in application.yml). */
    @Bean
    RouteMetricsFilter routeMetricsFilter(MeterRegistry registry) {
        return new RouteMetricsFilter(registry);
    }

    @Bean
    ObservationPredicate routedRequestsTimedPerRoute() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier().getPath().value().startsWith("/api/"));
    }
}

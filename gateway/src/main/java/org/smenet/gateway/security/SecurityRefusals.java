package org.smenet.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the requests the security chain refuses, {@code gateway.security.refusals{status}} (Prometheus
 * {@code gateway_security_refusals_total}): 401 (no or bad token) and 403 (valid token, path not for it).
 * Counted only when refusing, so an accepted request costs nothing here.
 */
@Component
class SecurityRefusals {

    static final String METER = "gateway.security.refusals";
    private static final String DESCRIPTION =
            "Requests refused by the gateway's security: 401 no or invalid token, 403 token valid but path not allowed";

    private final Counter unauthorized;
    private final Counter forbidden;

    SecurityRefusals(MeterRegistry registry) {
        this.unauthorized = Counter.builder(METER).tag("status", "401")
                .description(DESCRIPTION).register(registry);
        this.forbidden = Counter.builder(METER).tag("status", "403")
                .description(DESCRIPTION)
                .register(registry);
    }

    void unauthorized() {
        unauthorized.increment();
    }

    void forbidden() {
        forbidden.increment();
    }
}

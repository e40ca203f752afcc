package org.smenet.opportunities.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per endpoint ({@code host:port}): after {@code threshold} failures in a row the
 * endpoint is left alone for {@code openFor}; then one try goes through (half open), and a success closes
 * it. Deliveries that meet an open circuit wait without spending their retry budget.
 */
public class CircuitBreakers {

    private record State(int failures, Instant openUntil) {
    }

    private final int threshold;
    private final Duration openFor;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public CircuitBreakers(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openFor = openFor;
    }

    /** When the endpoint may be tried again, or null when it may be tried now. */
    public Instant blockedUntil(String endpoint, Instant now) {
        State state = states.get(endpoint);
        return state != null && state.openUntil() != null && state.openUntil().isAfter(now) ? state.openUntil() : null;
    }

    public void success(String endpoint) {
        states.remove(endpoint);
    }

    public void failure(String endpoint, Instant now) {
        states.compute(endpoint, (k, s) -> {
            int failures = (s == null ? 0 : s.failures()) + 1;
            return new State(failures, failures >= threshold ? now.plus(openFor) : null);
        });
    }
}

package org.smenet.kit.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay behaves ({@code smenet.outbox.*}).
 *
 * @param enabled        whether this process relays at all (it still competes for the lease only when enabled)
 * @param pollInterval   fallback poll when no write of this process woke the relay (other replicas' writes, restarts)
 * @param batchSize      documents read per collection and pass, oldest pending event first
 * @param sendTimeout    how long a pass waits for Kafka's acknowledgements; keep it above the producer's
 *                       {@code delivery.timeout.ms} so every record of a pass is settled when the pass ends
 * @param leaseTtl       how long the relay lease lasts without renewal; a pass starts only while the lease
 *                       is valid for three send timeouts, so a holder that lost it has stopped before another takes over
 * @param leaseName      the lease document's id in {@code outbox_lease}: one relay per service store
 * @param maxAttempts    retriable failures of one event (counted while the broker acknowledges other records) before it is parked
 * @param retryBackOff   first back-off of an aggregate whose event failed; doubles per attempt up to {@code maxBackOff}
 * @param maxBackOff     longest back-off of one aggregate
 * @param gaugeRefresh   how often the backlog and parked gauges are recounted over all documents
 */
@ConfigurationProperties("smenet.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("6s") Duration sendTimeout,
        @DefaultValue("30s") Duration leaseTtl,
        @DefaultValue("relay") String leaseName,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("500ms") Duration retryBackOff,
        @DefaultValue("1m") Duration maxBackOff,
        @DefaultValue("5s") Duration gaugeRefresh) {

    /** The defaults of {@code smenet.outbox.*}, for relays built without Spring (tests, benchmarks). */
    public static OutboxProperties defaults() {
        return new OutboxProperties(true, Duration.ofMillis(200), 1000, Duration.ofSeconds(6), Duration.ofSeconds(30),
                "relay", 10, Duration.ofMillis(500), Duration.ofMinutes(1), Duration.ofSeconds(5));
    }

    public OutboxProperties withPollInterval(Duration value) {
        return new OutboxProperties(enabled, value, batchSize, sendTimeout, leaseTtl, leaseName, maxAttempts,
                retryBackOff, maxBackOff, gaugeRefresh);
    }

    public OutboxProperties withBatchSize(int value) {
        return new OutboxProperties(enabled, pollInterval, value, sendTimeout, leaseTtl, leaseName, maxAttempts,
                retryBackOff, maxBackOff, gaugeRefresh);
    }

    public OutboxProperties withLease(String name, Duration ttl) {
        return new OutboxProperties(enabled, pollInterval, batchSize, sendTimeout, ttl, name, maxAttempts,
                retryBackOff, maxBackOff, gaugeRefresh);
    }

    public OutboxProperties withSendTimeout(Duration value) {
        return new OutboxProperties(enabled, pollInterval, batchSize, value, leaseTtl, leaseName, maxAttempts,
                retryBackOff, maxBackOff, gaugeRefresh);
    }

    public OutboxProperties withRetries(int attempts, Duration backOff) {
        return new OutboxProperties(enabled, pollInterval, batchSize, sendTimeout, leaseTtl, leaseName, attempts,
                backOff, maxBackOff, gaugeRefresh);
    }

    /** Longest a pass may take: a window for issuing sends, the wait for their acknowledgements, and slack. */
    Duration passBound() {
        return sendTimeout.multipliedBy(3);
    }
}

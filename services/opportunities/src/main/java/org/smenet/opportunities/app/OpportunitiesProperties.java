package org.smenet.opportunities.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smenet.opportunities.*}: how long an unanswered expression of interest stays open, how often the
 * expiry job runs, how long the feed appender's lease lasts unrenewed (a dead replica's successor waits at
 * most that long), the webhook rules, and how long a cross-border request may stay unanswered by the other
 * economy's node ({@code interestRequestTtl}) before it expires here.
 */
@ConfigurationProperties("smenet.opportunities")
public record OpportunitiesProperties(
        @DefaultValue("P14D") Duration interestTtl,
        @DefaultValue("30s") Duration expiryInterval,
        @DefaultValue("dev-only-cursor-key-change-me") String cursorKey,
        @DefaultValue("15s") Duration feedLeaseTtl,
        @DefaultValue Webhooks webhooks,
        @DefaultValue("P14D") Duration interestRequestTtl) {

    /**
     * {@code allowInsecureLocal}: http and loopback/private targets (development and tests only).
     * Retries: {@code maxAttempts} with exponential back-off from {@code initialBackOff} up to
     * {@code maxBackOff}, with jitter; an endpoint failing {@code breakerThreshold} times in a row is
     * left alone for {@code breakerOpenFor}.
     */
    public record Webhooks(
            @DefaultValue("false") boolean allowInsecureLocal,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("1s") Duration initialBackOff,
            @DefaultValue("10m") Duration maxBackOff,
            @DefaultValue("5") int breakerThreshold,
            @DefaultValue("30s") Duration breakerOpenFor,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("P1D") Duration rotationOverlap,
            @DefaultValue("200ms") Duration pollInterval,
            @DefaultValue("smenet-opportunities") String origin) {
    }
}

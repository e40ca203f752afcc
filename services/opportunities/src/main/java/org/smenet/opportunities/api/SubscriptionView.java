package org.smenet.opportunities.api;

import java.time.Instant;
import org.smenet.opportunities.domain.Subscription;
import org.smenet.opportunities.domain.SubscriptionFilters;

/** A subscription as its owner sees it; {@code secret} only in the response that created or rotated it. */
public record SubscriptionView(
        String id,
        long version,
        Subscription.Channel channel,
        String webhookUrl,
        SubscriptionFilters filters,
        Instant createdAt,
        String secret) {

    static SubscriptionView of(Subscription s, String secret) {
        return new SubscriptionView(s.id(), s.version(), s.channel(), s.webhookUrl(), s.filters(), s.createdAt(), secret);
    }
}

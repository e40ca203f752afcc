package org.smenet.opportunities.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscriber's standing request for matching opportunities: pulled as a feed (Atom, SSE, cursor) or
 * pushed to a webhook signed with the subscription's secrets (two valid during a rotation).
 */
public record Subscription(
        String id,
        long version,
        String economy,
        String ownerOrg,
        SubscriptionFilters filters,
        Channel channel,
        String webhookUrl,
        List<Secret> secrets,
        boolean active,
        Instant createdAt) {

    public enum Channel {
        WEBHOOK, FEED
    }

    /** A signing secret ({@code whsec_…}); an old one stays valid until {@code validUntil} after a rotation. */
    public record Secret(String value, Instant validUntil) {
    }

    public boolean ownedBy(String economy, String org) {
        return this.economy.equals(economy) && ownerOrg.equals(org);
    }

    /** The secrets that sign now: the newest first, then those still inside their overlap. */
    public List<String> signingSecrets(Instant now) {
        return secrets.stream().filter(s -> s.validUntil() == null || s.validUntil().isAfter(now))
                .map(Secret::value).toList();
    }

    public Subscription rotate(String newSecret, Instant oldValidUntil) {
        List<Secret> rotated = new ArrayList<>();
        rotated.add(new Secret(newSecret, null));
        secrets.stream().filter(s -> s.validUntil() == null).findFirst()
                .ifPresent(current -> rotated.add(new Secret(current.value(), oldValidUntil)));
        return new Subscription(id, version + 1, economy, ownerOrg, filters, channel, webhookUrl, List.copyOf(rotated),
                active, createdAt);
    }

    public Subscription cancel() {
        return new Subscription(id, version + 1, economy, ownerOrg, filters, channel, webhookUrl, secrets, false,
                createdAt);
    }
}

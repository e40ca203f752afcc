package org.smenet.contracts.opportunities;

import java.time.Instant;

/**
 * Data of every {@code org.smenet.opportunities.interest-answer.<status>.v1} event: the opportunity's node
 * ({@code economy}) tells the interested SME's node ({@code requestEconomy}) what became of request
 * {@code requestId}. {@code interestId} names the interest it became (absent when rejected), {@code reason}
 * why it was rejected. Contacts never travel: once the publisher accepts, {@code publisherOrg} (its registry id)
 * and {@code introducedBy} (the focal point that brokered the introduction) are revealed, and the firms
 * connect through that focal point and the registry's public profiles.
 */
public record InterestRequestAnswered(
        String requestId,
        String requestEconomy,
        String economy,
        String opportunityId,
        String interestId,
        InterestRequestStatus status,
        String reason,
        String publisherOrg,
        String introducedBy,
        Instant at) {
}

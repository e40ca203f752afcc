package org.smenet.contracts.opportunities;

import java.time.Instant;

/**
 * Data of every expression-of-interest event ({@code expressed, introduced, accepted, declined, expired}).
 * {@code economy} is the opportunity's economy (where the interest lives); contacts never travel.
 */
public record InterestChanged(
        String interestId,
        String economy,
        String opportunityId,
        String interestedEconomy,
        String interestedOrg,
        InterestStatus status,
        String actorOrg,
        Instant expiresAt,
        Instant at) {
}

package org.smenet.contracts.opportunities;

import java.time.Instant;

/**
 * Data of every opportunity lifecycle event ({@code drafted, updated, submitted, published, rejected, closed,
 * expired, archived}): the opportunity as it is after the change, who acted and why.
 */
public record OpportunityChanged(
        String opportunityId,
        String economy,
        OpportunityKind kind,
        OpportunityStatus status,
        OpportunityDetails details,
        PublisherKind publisherKind,
        String publisherOrg,
        String actorOrg,
        String reason,
        Instant at) {
}

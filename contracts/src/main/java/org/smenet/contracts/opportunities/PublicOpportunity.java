package org.smenet.contracts.opportunities;

import java.time.Instant;

/** A network-visible published opportunity on the public topic; never the publisher's contact. */
public record PublicOpportunity(
        String opportunityId,
        String economy,
        OpportunityKind kind,
        OpportunityDetails details,
        PublisherKind publisherKind,
        Instant publishedAt) {
}

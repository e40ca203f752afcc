package org.smenet.contracts.opportunities;

import java.time.Instant;

/**
 * Data of {@code org.smenet.opportunities.opportunity.discarded.v1}: the publisher ({@code publisherOrg} of
 * {@code economy}) threw away draft {@code id}, which was never submitted or published. The opportunity stays
 * as a tombstone (status {@code DISCARDED}); {@code actorOrg} is who discarded it.
 */
public record OpportunityDiscarded(
        String id,
        String economy,
        PublisherKind publisherKind,
        String publisherOrg,
        String actorOrg,
        Instant at) {
}

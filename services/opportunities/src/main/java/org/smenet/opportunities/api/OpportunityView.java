package org.smenet.opportunities.api;

import java.time.Instant;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.opportunities.domain.Opportunity;

/** An opportunity as the API shows it: never the publisher's contact (revealed only by an accepted interest). */
public record OpportunityView(
        String id,
        long version,
        String economy,
        OpportunityKind kind,
        OpportunityStatus status,
        OpportunityDetails details,
        PublisherKind publisherKind,
        String publisherOrg,
        Instant createdAt,
        Instant publishedAt,
        String rejectionReason,
        Instant endedAt) {

    static OpportunityView of(Opportunity o) {
        return new OpportunityView(o.id(), o.version(), o.economy(), o.kind(), o.status(), o.details(),
                o.publisher().kind(), o.publisher().org(), o.createdAt(), o.publishedAt(), o.rejectionReason(),
                o.endedAt());
    }
}

package org.smenet.opportunities.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.opportunities.domain.Opportunity;
import org.smenet.opportunities.domain.Publisher;
import org.springframework.data.annotation.Id;

/**
 * An opportunity as stored: the aggregate plus search fields (HS and ISIC codes with all their ancestors,
 * so a filter on a chapter finds its subheadings by equality; the title lower-cased). The {@code outbox}
 * array lives in the same document, touched only by the kit's writer and relay.
 */
public record OpportunityDocument(
        @Id String id,
        long version,
        String economy,
        OpportunityKind kind,
        OpportunityDetails details,
        Publisher publisher,
        OpportunityStatus status,
        Instant createdAt,
        Instant publishedAt,
        String reviewedBy,
        String rejectionReason,
        Instant endedAt,
        List<String> hsIndex,
        List<String> isicIndex,
        String titleLower) {

    public static final String COLLECTION = "opportunities";

    static OpportunityDocument of(Opportunity o, List<String> hsIndex, List<String> isicIndex) {
        return new OpportunityDocument(o.id(), o.version(), o.economy(), o.kind(), o.details(), o.publisher(),
                o.status(), o.createdAt(), o.publishedAt(), o.reviewedBy(), o.rejectionReason(), o.endedAt(),
                hsIndex, isicIndex, o.details().title().toLowerCase(Locale.ROOT));
    }

    Opportunity toDomain() {
        return new Opportunity(id, version, economy, kind, details, publisher, status, createdAt, publishedAt,
                reviewedBy, rejectionReason, endedAt);
    }
}

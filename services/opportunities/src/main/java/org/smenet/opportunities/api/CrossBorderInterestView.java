package org.smenet.opportunities.api;

import java.time.Instant;
import org.smenet.contracts.opportunities.InterestRequestStatus;
import org.smenet.opportunities.domain.Contact;
import org.smenet.opportunities.domain.CrossBorderInterest;

/**
 * An interest in another economy's opportunity as its SME sees it on its own node: where the request is,
 * the interest it became there, the rejection reason, and once accepted the publisher's registry id and the
 * focal point that introduced them (contacts never cross between nodes); {@code endedAt} when the SME
 * withdrew it or it expired here unanswered (reason {@code unanswered}).
 */
public record CrossBorderInterestView(
        String id,
        long version,
        String opportunityId,
        String opportunityTitle,
        String targetEconomy,
        String economy,
        String interestedOrg,
        String message,
        Contact contact,
        InterestRequestStatus status,
        Instant requestedAt,
        String interestId,
        String reason,
        String publisherOrg,
        String introducedBy,
        Instant answeredAt,
        Instant endedAt) {

    static CrossBorderInterestView of(CrossBorderInterest i) {
        return new CrossBorderInterestView(i.id(), i.version(), i.opportunityId(), i.opportunityTitle(),
                i.targetEconomy(), i.economy(), i.interestedOrg(), i.message(), i.contact(), i.status(),
                i.requestedAt(), i.interestId(), i.reason(), i.publisherOrg(), i.introducedBy(), i.answeredAt(),
                i.endedAt());
    }
}

package org.smenet.opportunities.api;

import java.time.Instant;
import org.smenet.contracts.opportunities.InterestStatus;
import org.smenet.opportunities.domain.Contact;
import org.smenet.opportunities.domain.Interest;

/**
 * An expression of interest as the API shows it: the interested SME's contact to the focal points and,
 * once introduced, to the publisher; the publisher's contact only to the interested SME after acceptance.
 */
public record InterestView(
        String id,
        long version,
        String opportunityId,
        String economy,
        String interestedEconomy,
        String interestedOrg,
        String message,
        InterestStatus status,
        Instant expressedAt,
        Instant expiresAt,
        Instant answeredAt,
        Contact interestedContact,
        Contact publisherContact) {

    static InterestView of(Interest i, boolean interested, boolean publisher, boolean focalPoint) {
        boolean showInterested = interested || focalPoint || publisher && i.status() != InterestStatus.OPEN;
        return new InterestView(i.id(), i.version(), i.opportunityId(), i.economy(), i.interestedEconomy(),
                i.interestedOrg(), i.message(), i.status(), i.expressedAt(), i.expiresAt(), i.answeredAt(),
                showInterested ? i.interestedContact() : null,
                interested || publisher ? i.publisherContact() : null);
    }
}

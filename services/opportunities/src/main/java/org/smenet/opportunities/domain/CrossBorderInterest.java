package org.smenet.opportunities.domain;

import java.time.Instant;
import org.smenet.contracts.opportunities.InterestRequestStatus;
import org.smenet.kit.events.Versioned;

/**
 * An SME's expression of interest in another economy's opportunity, as its home node keeps it. The home node
 * never writes the other node's store: it publishes a public request (no contact) and follows the other
 * node's answers ({@code answerSequence} orders them). The SME's contact stays here.
 */
public record CrossBorderInterest(
        String id,
        long version,
        String economy,
        String targetEconomy,
        String opportunityId,
        String opportunityTitle,
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
        long answerSequence) implements Versioned {

    public static CrossBorderInterest request(String id, String economy, String targetEconomy, String opportunityId,
            String opportunityTitle, String interestedOrg, String message, Contact contact, Instant now) {
        if (economy.equals(targetEconomy)) {
            throw new IllegalArgumentException("a cross-border interest crosses a border: " + economy);
        }
        return new CrossBorderInterest(id, 1, economy, targetEconomy, opportunityId, opportunityTitle, interestedOrg,
                message, contact, InterestRequestStatus.REQUESTED, now, null, null, null, null, null, 0);
    }
}

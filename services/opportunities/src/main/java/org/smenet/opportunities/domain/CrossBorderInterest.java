package org.smenet.opportunities.domain;

import java.time.Duration;
import java.time.Instant;
import org.smenet.contracts.opportunities.InterestRequestStatus;
import org.smenet.kit.events.Versioned;

/**
 * An SME's expression of interest in another economy's opportunity, as its home node keeps it. The home node
 * never writes the other node's store: it publishes a public request (no contact) and follows the other
 * node's answers ({@code answerSequence} orders them). The SME's contact stays here. The SME may withdraw it
 * while it is pending ({@code WITHDRAWN}); a request never answered within its time to live expires here
 * ({@code EXPIRED}, reason {@value #UNANSWERED}). Both are published to the other node, which ends its interest.
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
        long answerSequence,
        Instant endedAt) implements Versioned {

    public static final String UNANSWERED = "unanswered";

    public static CrossBorderInterest request(String id, String economy, String targetEconomy, String opportunityId,
            String opportunityTitle, String interestedOrg, String message, Contact contact, Instant now) {
        if (economy.equals(targetEconomy)) {
            throw new IllegalArgumentException("a cross-border interest crosses a border: " + economy);
        }
        return new CrossBorderInterest(id, 1, economy, targetEconomy, opportunityId, opportunityTitle, interestedOrg,
                message, contact, InterestRequestStatus.REQUESTED, now, null, null, null, null, null, 0, null);
    }

    /** Still waiting for the other node or for its publisher: requested, open or introduced. */
    public boolean pending() {
        return status == InterestRequestStatus.REQUESTED || status == InterestRequestStatus.OPEN
                || status == InterestRequestStatus.INTRODUCED;
    }

    /** The SME takes its request back while it is pending. */
    public CrossBorderInterest withdraw(Instant now) {
        if (!pending()) {
            throw new LifecycleViolation("transition-not-allowed", "only a requested, open or introduced interest "
                    + "abroad can be withdrawn; this one is " + status, "status");
        }
        return with(InterestRequestStatus.WITHDRAWN, reason, now);
    }

    /** Never answered by the other node within {@code ttl} of its request. */
    public boolean unanswered(Instant now, Duration ttl) {
        return status == InterestRequestStatus.REQUESTED && !requestedAt.plus(ttl).isAfter(now);
    }

    public CrossBorderInterest expireUnanswered(Instant now, Duration ttl) {
        if (!unanswered(now, ttl)) {
            throw new LifecycleViolation("not-due", "interest abroad " + id + " is not an unanswered request past "
                    + ttl);
        }
        return with(InterestRequestStatus.EXPIRED, UNANSWERED, now);
    }

    private CrossBorderInterest with(InterestRequestStatus newStatus, String newReason, Instant now) {
        return new CrossBorderInterest(id, version + 1, economy, targetEconomy, opportunityId, opportunityTitle,
                interestedOrg, message, contact, newStatus, requestedAt, interestId, newReason, publisherOrg,
                introducedBy, answeredAt, answerSequence, now);
    }
}

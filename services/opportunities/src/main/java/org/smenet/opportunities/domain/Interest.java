package org.smenet.opportunities.domain;

import java.time.Instant;
import org.smenet.contracts.opportunities.InterestStatus;
import org.smenet.kit.events.Versioned;

/**
 * An SME's expression of interest in a published opportunity. A focal point of the opportunity's economy
 * introduces it to the publisher, who accepts (its contact is then revealed to the interested SME) or
 * declines; left unanswered, it expires.
 */
public record Interest(
        String id,
        long version,
        String economy,
        String opportunityId,
        String publisherOrg,
        String interestedEconomy,
        String interestedOrg,
        String message,
        Contact interestedContact,
        Contact publisherContact,
        InterestStatus status,
        Instant expressedAt,
        Instant expiresAt,
        String introducedBy,
        Instant answeredAt,
        String requestId) implements Versioned {

    public static Interest express(String id, Opportunity opportunity, String interestedEconomy,
            String interestedOrg, String message, Contact contact, Instant now, java.time.Duration ttl) {
        return new Interest(id, 1, opportunity.economy(), opportunity.id(), opportunity.publisher().org(),
                interestedEconomy, interestedOrg, message, contact, null, InterestStatus.OPEN, now, now.plus(ttl),
                null, null, null);
    }

    /**
     * An interest expressed on another economy's node and carried here by its public request
     * {@code requestId}: no contact travelled, and every later step is answered to that node.
     */
    public static Interest requested(String id, String requestId, Opportunity opportunity, String interestedEconomy,
            String interestedOrg, String message, Instant now, java.time.Duration ttl) {
        return new Interest(id, 1, opportunity.economy(), opportunity.id(), opportunity.publisher().org(),
                interestedEconomy, interestedOrg, message, null, null, InterestStatus.OPEN, now, now.plus(ttl),
                null, null, requestId);
    }

    public boolean crossBorder() {
        return requestId != null;
    }

    public Interest introduce(String focalPointOrg) {
        require(status == InterestStatus.OPEN, "only an open expression of interest can be introduced; this one is "
                + status);
        return copy(InterestStatus.INTRODUCED, focalPointOrg, null, null);
    }

    /**
     * The publisher accepts: its contact becomes visible to the interested SME. A cross-border interest keeps
     * no contact (contacts never leave their node): its answer reveals the publisher's identity instead.
     */
    public Interest accept(Contact contact, Instant now) {
        require(status == InterestStatus.INTRODUCED,
                "only an introduced expression of interest can be accepted; this one is " + status);
        return copy(InterestStatus.ACCEPTED, introducedBy, crossBorder() ? null : contact, now);
    }

    public Interest decline(Instant now) {
        require(status == InterestStatus.INTRODUCED,
                "only an introduced expression of interest can be declined; this one is " + status);
        return copy(InterestStatus.DECLINED, introducedBy, null, now);
    }

    public boolean due(Instant now) {
        return (status == InterestStatus.OPEN || status == InterestStatus.INTRODUCED) && !expiresAt.isAfter(now);
    }

    public Interest expire(Instant now) {
        if (!due(now)) {
            throw new LifecycleViolation("not-due", "expression of interest " + id + " is not due");
        }
        return copy(InterestStatus.EXPIRED, introducedBy, null, null);
    }

    /**
     * The interested SME's node withdrew the request this interest came from (or gave up on it unanswered):
     * an open or introduced interest ends as {@code EXPIRED}, the status its events know for an interest that
     * ended unanswered. Only a cross-border interest is ended this way.
     */
    public Interest endedByRequester() {
        if (!crossBorder() || status != InterestStatus.OPEN && status != InterestStatus.INTRODUCED) {
            throw new LifecycleViolation("transition-not-allowed", "expression of interest " + id
                    + " is " + status + "; only an open or introduced one ends when its request is withdrawn", "status");
        }
        return copy(InterestStatus.EXPIRED, introducedBy, null, null);
    }

    public boolean open() {
        return status == InterestStatus.OPEN || status == InterestStatus.INTRODUCED;
    }

    private Interest copy(InterestStatus newStatus, String newIntroducedBy, Contact newPublisherContact,
            Instant newAnsweredAt) {
        return new Interest(id, version + 1, economy, opportunityId, publisherOrg, interestedEconomy, interestedOrg,
                message, interestedContact, newPublisherContact, newStatus, expressedAt, expiresAt, newIntroducedBy,
                newAnsweredAt, requestId);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new LifecycleViolation("transition-not-allowed", message);
        }
    }
}

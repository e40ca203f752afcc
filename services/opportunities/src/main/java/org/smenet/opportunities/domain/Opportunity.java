package org.smenet.opportunities.domain;

import java.time.Instant;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.kit.events.Versioned;

/**
 * A trade, investment or technology opportunity of one economy. Drafted by its publisher, submitted for
 * review, published by a focal point of the economy (directly when the publisher is that focal point),
 * or rejected with a reason; then closed by hand or expired at its deadline, and finally archived. Before
 * review the publisher may withdraw a submission (a draft again) and discard a draft (a tombstone).
 */
public record Opportunity(
        String id,
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
        Instant endedAt) implements Versioned {

    public static Opportunity draft(String id, String economy, OpportunityKind kind, OpportunityDetails details,
            Publisher publisher, Instant now) {
        return new Opportunity(id, 1, economy, kind, details, publisher, OpportunityStatus.DRAFT, now, null, null,
                null, null);
    }

    /** Listed on the network-public topic: published and its publisher chose network visibility. */
    public boolean networkPublic() {
        return status == OpportunityStatus.PUBLISHED && details.networkVisible();
    }

    /** Seen by anyone allowed to search: published, or ended after having been published. */
    public boolean listed() {
        return status == OpportunityStatus.PUBLISHED || status == OpportunityStatus.CLOSED
                || status == OpportunityStatus.EXPIRED;
    }

    public boolean publishedBy(String economy, String org) {
        return this.economy.equals(economy) && publisher.org().equals(org);
    }

    /** A draft (or a rejected opportunity, which goes back to draft) gets new details. */
    public Opportunity revise(OpportunityKind newKind, OpportunityDetails newDetails) {
        require(status == OpportunityStatus.DRAFT || status == OpportunityStatus.REJECTED, "transition-not-allowed",
                "only a draft or a rejected opportunity can be changed; this one is " + status);
        return new Opportunity(id, version + 1, economy, newKind, newDetails, publisher, OpportunityStatus.DRAFT,
                createdAt, null, null, null, null);
    }

    public Opportunity submit(Instant now) {
        require(status == OpportunityStatus.DRAFT, "transition-not-allowed",
                "only a draft can be submitted; this one is " + status);
        OpportunityRules.checkDeadline(details.deadline(), now);
        return with(OpportunityStatus.SUBMITTED, publishedAt, reviewedBy, null, null);
    }

    /**
     * Published by a focal point: a submitted opportunity after review, or a draft of the focal point's own
     * ({@code ownDraft}: the caller checked that the actor is the publishing focal point).
     */
    public Opportunity publish(String focalPointOrg, boolean ownDraft, Instant now) {
        boolean allowed = status == OpportunityStatus.SUBMITTED
                || status == OpportunityStatus.DRAFT && ownDraft && publisher.kind() == PublisherKind.FOCAL_POINT;
        require(allowed, "transition-not-allowed", status == OpportunityStatus.DRAFT
                ? "an enterprise's draft is submitted for review before it is published"
                : "only a submitted opportunity can be published; this one is " + status);
        OpportunityRules.checkDeadline(details.deadline(), now);
        return with(OpportunityStatus.PUBLISHED, now, focalPointOrg, null, null);
    }

    public Opportunity reject(String focalPointOrg, String reason) {
        require(status == OpportunityStatus.SUBMITTED, "transition-not-allowed",
                "only a submitted opportunity can be rejected; this one is " + status);
        if (reason == null || reason.isBlank()) {
            throw new InvalidOpportunity("reason", "a rejection needs its reason");
        }
        return with(OpportunityStatus.REJECTED, null, focalPointOrg, reason.strip(), null);
    }

    public Opportunity close(Instant now) {
        require(status == OpportunityStatus.PUBLISHED, "transition-not-allowed",
                "only a published opportunity can be closed; this one is " + status);
        return with(OpportunityStatus.CLOSED, publishedAt, reviewedBy, null, now);
    }

    /** The publisher takes a submitted opportunity back before a focal point reviews it: a draft again. */
    public Opportunity withdraw() {
        if (status != OpportunityStatus.SUBMITTED) {
            throw new LifecycleViolation("transition-not-allowed", "only a submitted opportunity can be withdrawn; "
                    + "this one is " + status, "status");
        }
        return with(OpportunityStatus.DRAFT, null, null, null, null);
    }

    /**
     * The publisher throws away a draft: the opportunity stays as a tombstone ({@code DISCARDED}) so that its
     * events remain the record. A rejected opportunity is archived instead.
     */
    public Opportunity discard(Instant now) {
        if (status != OpportunityStatus.DRAFT) {
            throw new LifecycleViolation("transition-not-allowed", "only a draft can be discarded; this one is "
                    + status + (status == OpportunityStatus.REJECTED ? " (archive a rejected one)" : ""), "status");
        }
        return with(OpportunityStatus.DISCARDED, null, null, null, now);
    }

    public boolean due(Instant now) {
        return status == OpportunityStatus.PUBLISHED && !details.deadline().isAfter(now);
    }

    public Opportunity expire(Instant now) {
        require(due(now), "not-due", "opportunity " + id + " is not published past its deadline");
        return with(OpportunityStatus.EXPIRED, publishedAt, reviewedBy, null, now);
    }

    public Opportunity archive() {
        require(status == OpportunityStatus.CLOSED || status == OpportunityStatus.EXPIRED
                || status == OpportunityStatus.REJECTED, "transition-not-allowed",
                "only a closed, expired or rejected opportunity can be archived; this one is " + status);
        return with(OpportunityStatus.ARCHIVED, publishedAt, reviewedBy, rejectionReason, endedAt);
    }

    private Opportunity with(OpportunityStatus newStatus, Instant newPublishedAt, String newReviewedBy,
            String newReason, Instant newEndedAt) {
        return new Opportunity(id, version + 1, economy, kind, details, publisher, newStatus, createdAt,
                newPublishedAt, newReviewedBy, newReason, newEndedAt);
    }

    private static void require(boolean condition, String rule, String message) {
        if (!condition) {
            throw new LifecycleViolation(rule, message);
        }
    }
}

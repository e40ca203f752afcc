package org.smenet.contracts.opportunities;

/**
 * Where an opportunity is in its lifecycle. {@code DISCARDED} is the tombstone of a draft its publisher threw
 * away; it never travels in {@link OpportunityChanged} (whose schema predates it): its event is
 * {@link OpportunityDiscarded}.
 */
public enum OpportunityStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, CLOSED, EXPIRED, ARCHIVED, DISCARDED
}

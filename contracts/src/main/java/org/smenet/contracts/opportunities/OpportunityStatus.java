package org.smenet.contracts.opportunities;

/** Where an opportunity is in its lifecycle. */
public enum OpportunityStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, CLOSED, EXPIRED, ARCHIVED
}

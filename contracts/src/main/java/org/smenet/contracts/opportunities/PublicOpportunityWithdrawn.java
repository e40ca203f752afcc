package org.smenet.contracts.opportunities;

import java.time.Instant;

/** A network-visible opportunity that is no longer open (closed, expired or archived). */
public record PublicOpportunityWithdrawn(String opportunityId, String economy, OpportunityStatus status, Instant at) {
}

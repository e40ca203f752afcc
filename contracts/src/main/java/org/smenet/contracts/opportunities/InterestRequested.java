package org.smenet.contracts.opportunities;

import java.time.Instant;

/**
 * Data of {@code org.smenet.opportunities.interest-request.sent.v1}: an SME of {@code economy} (the interested
 * SME's home economy, which publishes this) expresses interest in opportunity {@code opportunityId} of
 * {@code targetEconomy}. Only the enterprise's public identity (economy and registry id) and its message
 * travel: never its contact.
 */
public record InterestRequested(
        String requestId,
        String economy,
        String targetEconomy,
        String opportunityId,
        String interestedOrg,
        String message,
        Instant at) {
}

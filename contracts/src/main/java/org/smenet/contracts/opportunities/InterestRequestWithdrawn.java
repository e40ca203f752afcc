package org.smenet.contracts.opportunities;

import java.time.Instant;

/**
 * Data of {@code org.smenet.opportunities.interest-request.withdrawn.v1} and {@code .expired.v1}: the
 * interested SME's node ({@code economy}) ends request {@code requestId} it sent to {@code targetEconomy}:
 * withdrawn by the SME, or expired there because no answer came within its time to live. The opportunity's
 * node ends the interest the request became (or refuses a request it has not yet seen). Never a contact.
 */
public record InterestRequestWithdrawn(
        String requestId,
        String economy,
        String targetEconomy,
        String opportunityId,
        String interestedOrg,
        Instant at) {
}

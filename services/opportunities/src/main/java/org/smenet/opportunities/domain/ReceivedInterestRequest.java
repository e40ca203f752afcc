package org.smenet.opportunities.domain;

import java.time.Instant;
import org.smenet.kit.events.Versioned;

/**
 * This node's decision on another economy's interest request, stored once under an id derived from the
 * request (so a replay collides with it and the first decision stands): {@code opened} as expression of
 * interest {@code id}, or rejected with a {@code reason}.
 */
public record ReceivedInterestRequest(
        String id,
        long version,
        String economy,
        String requestId,
        String requestEconomy,
        String opportunityId,
        String interestedOrg,
        boolean opened,
        String reason,
        Instant receivedAt) implements Versioned {

    public static final String UNKNOWN_OPPORTUNITY = "unknown-opportunity";
    public static final String NOT_OPEN = "opportunity-not-open";
    /** The requesting node withdrew (or expired) the request before this node saw it: nothing is answered. */
    public static final String WITHDRAWN = "withdrawn-before-received";

    public static ReceivedInterestRequest opened(String id, String economy, String requestId, String requestEconomy,
            String opportunityId, String interestedOrg, Instant now) {
        return new ReceivedInterestRequest(id, 1, economy, requestId, requestEconomy, opportunityId, interestedOrg,
                true, null, now);
    }

    public static ReceivedInterestRequest rejected(String id, String economy, String requestId, String requestEconomy,
            String opportunityId, String interestedOrg, String reason, Instant now) {
        return new ReceivedInterestRequest(id, 1, economy, requestId, requestEconomy, opportunityId, interestedOrg,
                false, reason, now);
    }
}

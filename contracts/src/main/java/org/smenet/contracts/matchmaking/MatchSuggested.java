package org.smenet.contracts.matchmaking;

import java.time.Instant;
import java.util.List;

/**
 * A pair of enterprises suggested to each other (or suggested again with a changed score). Both sides
 * are named, so each side's users are notified; reasons are seen from {@code enterpriseId}.
 */
public record MatchSuggested(
        String matchId,
        String economy,
        String enterpriseId,
        String enterpriseEconomy,
        String partnerId,
        String partnerEconomy,
        double score,
        List<MatchReason> reasons,
        Instant suggestedAt) {
}

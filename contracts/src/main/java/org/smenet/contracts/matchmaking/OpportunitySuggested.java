package org.smenet.contracts.matchmaking;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise suggested for a published opportunity (or suggested again because its score moved):
 * both sides are named, so the opportunity's publisher (through its economy's focal points) and the
 * enterprise's users are notified. Reasons are seen from the opportunity: {@code YOU_SEEK} is what the
 * opportunity asks for and the enterprise offers. {@code suggestionId} is derived from the pair, so a
 * suggestion made again keeps its id.
 */
public record OpportunitySuggested(
        String suggestionId,
        String economy,
        String opportunityId,
        String opportunityEconomy,
        String opportunityKind,
        String enterpriseId,
        String enterpriseEconomy,
        double score,
        List<MatchReason> reasons,
        Instant suggestedAt) {
}

package org.smenet.matchmaking.api;

import java.time.Instant;
import java.util.List;
import org.smenet.matchmaking.domain.Match;

/** A match as the API shows it; reasons are seen from {@code enterpriseId}. */
public record MatchView(String id, long version, String enterpriseId, String enterpriseEconomy, String partnerId,
        String partnerEconomy, double score, List<ReasonView> reasons, String stage, String interestedOrg,
        String introducedBy, String brokerEconomy, Instant stageChangedAt, Instant expiresAt) {

    static MatchView of(Match m) {
        return new MatchView(m.id(), m.version(), m.enterpriseId(), m.enterpriseEconomy(), m.partnerId(),
                m.partnerEconomy(), m.score(), m.reasons().stream().map(ReasonView::of).toList(), m.stage().name(),
                m.interestedOrg(), m.introducedBy(), m.brokerEconomy(), m.stageChangedAt(), m.expiresAt());
    }
}

package org.smenet.matchmaking.api;

import java.util.List;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.store.ProfileDocument;

/** A suggested partner: who, how well it fits (0–100) and why. */
public record PartnerView(String enterpriseId, String economy, String legalName, double score,
        List<ReasonView> reasons) {

    static PartnerView of(Suggestion s, ProfileDocument partner) {
        return new PartnerView(s.partnerId(), s.partnerEconomy(), partner == null ? null : partner.legalName(),
                s.score(), s.reasons().stream().map(ReasonView::of).toList());
    }
}

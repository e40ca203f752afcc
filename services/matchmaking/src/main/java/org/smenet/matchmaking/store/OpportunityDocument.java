package org.smenet.matchmaking.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.matchmaking.domain.OpportunityNeeds;
import org.smenet.matchmaking.domain.Profile;
import org.springframework.data.annotation.Id;

/**
 * A published, network-visible opportunity as matchmaking's read model keeps it, built only from the
 * public opportunity topics (local and mirrored): what it asks for or offers, never its publisher's
 * contact. {@code status} is {@code LISTED} or the status it was delisted with.
 */
public record OpportunityDocument(
        @Id String id,
        long sequence,
        String economy,
        OpportunityKind kind,
        String title,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> targetEconomies,
        CooperationType cooperationType,
        List<String> languages,
        Instant deadline,
        Instant publishedAt,
        String status,
        String origin,
        Instant changedAt) {

    public static final String COLLECTION = "opportunities";
    public static final String LISTED = "LISTED";

    public boolean listed() {
        return LISTED.equals(status) && kind != null;
    }

    public Profile toProfile() {
        Instant published = publishedAt != null ? publishedAt : changedAt;
        return OpportunityNeeds.profile(id, economy, kind, hsCodes, isicCodes, targetEconomies, cooperationType,
                languages, published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate());
    }
}

package org.smenet.matchmaking.domain;

import java.util.Set;
import org.smenet.contracts.registry.CooperationType;

/**
 * Which partners a query wants: of one economy ({@code null}: any), fitting one cooperation type (the
 * partner offers or seeks it; {@code null}: any), scoring at least {@code minScore}, and none of
 * {@code excluded} (pairs that were declined are never suggested again).
 */
public record PartnerFilter(String economy, CooperationType cooperation, double minScore, Set<String> excluded) {

    public PartnerFilter {
        excluded = excluded == null ? Set.of() : excluded;
    }

    public static PartnerFilter any() {
        return new PartnerFilter(null, null, 0, Set.of());
    }
}

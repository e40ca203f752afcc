package org.smenet.opportunities.store;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;

/**
 * A search over opportunities. {@code visibleTo}: the economy whose own opportunities the searcher sees;
 * others' only when network-visible. {@code publisherOrg}: restrict to one publisher (their own list).
 */
public record OpportunityFilter(
        List<OpportunityKind> kinds,
        String hs,
        String isic,
        String origin,
        String target,
        Instant deadlineBefore,
        String text,
        OpportunityStatus status,
        String visibleTo,
        String publisherOrg) {
}

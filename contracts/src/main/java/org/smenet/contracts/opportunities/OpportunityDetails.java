package org.smenet.contracts.opportunities;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.registry.CooperationType;

/**
 * What an opportunity says, as its publisher wrote it; no contact details (those stay with the
 * opportunity until the publisher accepts an expression of interest).
 */
public record OpportunityDetails(
        String title,
        String description,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> targetEconomies,
        CooperationType cooperationType,
        Long valueMin,
        Long valueMax,
        String currency,
        Instant deadline,
        List<String> languages,
        boolean networkVisible) {
}

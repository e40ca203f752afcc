package org.smenet.contracts.consultation;

import java.time.Instant;
import java.util.List;

/** A consultation's lifecycle step (drafted, updated, opened, closed, summarised, outcome published). */
public record ConsultationChanged(
        String consultationId,
        String economy,
        ConsultationStatus status,
        String title,
        PolicyArea policyArea,
        Audience audience,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> economiesConcerned,
        String openingOrg,
        Instant opensAt,
        Instant closesAt,
        Instant at) {
}

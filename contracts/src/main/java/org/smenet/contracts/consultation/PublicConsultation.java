package org.smenet.contracts.consultation;

import java.time.Instant;
import java.util.List;

/**
 * The network-public projection of a consultation open to the whole network: what any economy may
 * read. Never the submissions, never who responded.
 */
public record PublicConsultation(
        String consultationId,
        String economy,
        ConsultationStatus status,
        String title,
        String summary,
        PolicyArea policyArea,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> economiesConcerned,
        Instant opensAt,
        Instant closesAt,
        String outcome,
        Instant at) {
}

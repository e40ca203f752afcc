package org.smenet.contracts.consultation;

import java.time.Instant;
import java.util.List;

/**
 * The network-public projection of a consultation open to the whole network: what any economy may
 * read, including its document's sections and its questions, so that another economy's node can take a
 * submission against them (federation). Never the submissions, never who responded.
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
        Instant at,
        List<Section> sections,
        List<Question> questions) {

    /** A numbered section of the consultation's document (comments anchor to its number). */
    public record Section(int number, String heading) {
    }

    /**
     * A question: {@code kind} is {@code FREE_TEXT}, {@code SINGLE_CHOICE}, {@code MULTIPLE_CHOICE} or
     * {@code AGREEMENT_SCALE} (1–5); {@code options} for the choice kinds only.
     */
    public record Question(String id, String kind, String text, List<String> options) {
    }
}

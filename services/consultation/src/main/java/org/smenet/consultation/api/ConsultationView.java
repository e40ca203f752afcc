package org.smenet.consultation.api;

import java.time.Instant;
import java.util.List;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.QuestionKind;
import org.smenet.contracts.consultation.Audience;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.PolicyArea;

/** A consultation as the API shows it; the outcome note appears once published (to its opening focal point once summarised). */
public record ConsultationView(
        String id,
        long version,
        String economy,
        String openingOrg,
        String title,
        String summary,
        PolicyArea policyArea,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> economiesConcerned,
        List<SectionView> sections,
        List<QuestionView> questions,
        Audience audience,
        Instant opensAt,
        Instant closesAt,
        ConsultationStatus status,
        Instant createdAt,
        String outcome,
        Instant publishedAt) {

    public record SectionView(int number, String heading, String text) {
    }

    public record QuestionView(String id, QuestionKind kind, String text, List<String> options) {
    }

    public static ConsultationView of(Consultation c, boolean openingFocalPoint) {
        boolean showOutcome = c.status() == ConsultationStatus.PUBLISHED || openingFocalPoint;
        return new ConsultationView(c.id(), c.version(), c.economy(), c.openingOrg(), c.title(), c.summary(),
                c.policyArea(), c.hsCodes(), c.isicCodes(), c.economiesConcerned(),
                c.sections().stream().map(s -> new SectionView(s.number(), s.heading(), s.text())).toList(),
                c.questions().stream().map(q -> new QuestionView(q.id(), q.kind(), q.text(), q.options())).toList(),
                c.audience(), c.opensAt(), c.closesAt(), c.status(), c.createdAt(), showOutcome ? c.outcome() : null,
                c.publishedAt());
    }
}

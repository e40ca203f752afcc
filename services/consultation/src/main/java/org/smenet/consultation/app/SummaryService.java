package org.smenet.consultation.app;

import java.time.Clock;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.Summary;
import org.smenet.consultation.domain.SummaryCalculator;
import org.smenet.consultation.store.SubmissionStore;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.springframework.stereotype.Service;

/**
 * Summaries: generated on demand from the visible submissions in one pass (one query, counted in
 * memory), and once the outcome is published, the frozen one stored in the consultation.
 */
@Service
public class SummaryService {

    private final SubmissionStore submissions;
    private final Clock clock;

    public SummaryService(SubmissionStore submissions, Clock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    public Summary current(Consultation consultation) {
        if (consultation.status() == ConsultationStatus.PUBLISHED && consultation.frozenSummary() != null) {
            return consultation.frozenSummary();
        }
        return compute(consultation);
    }

    public Summary compute(Consultation consultation) {
        SummaryCalculator calculator = new SummaryCalculator(consultation);
        submissions.responses(consultation.id(), calculator::add);
        return calculator.result(clock.instant());
    }
}

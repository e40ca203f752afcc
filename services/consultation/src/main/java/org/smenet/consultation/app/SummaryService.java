package org.smenet.consultation.app;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.Submission;
import org.smenet.consultation.domain.Summary;
import org.smenet.consultation.domain.SummaryCalculator;
import org.smenet.consultation.domain.SummaryTally;
import org.smenet.consultation.store.ConsultationStore;
import org.smenet.consultation.store.SubmissionStore;
import org.smenet.consultation.store.SummaryTallies;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Summaries. Generated on demand from running counters ({@link SummaryTallies}): every submission change
 * leaves an intent before its one write and is counted right after it, so a summary reads the consultation's
 * bucket documents (after applying any intent still pending) instead of every submission. Once the outcome
 * is published, the frozen summary stored in the consultation. {@link #recount} is the one-pass count over
 * the submissions themselves, which the counters must always equal.
 */
@Service
public class SummaryService {

    private static final Logger log = LoggerFactory.getLogger(SummaryService.class);

    private final SubmissionStore submissions;
    private final ConsultationStore consultations;
    private final SummaryTallies tallies;
    private final Clock clock;

    public SummaryService(SubmissionStore submissions, ConsultationStore consultations, SummaryTallies tallies,
            Clock clock) {
        this.submissions = submissions;
        this.consultations = consultations;
        this.tallies = tallies;
        this.clock = clock;
    }

    public Summary current(Consultation consultation) {
        if (consultation.status() == ConsultationStatus.PUBLISHED && consultation.frozenSummary() != null) {
            return consultation.frozenSummary();
        }
        return compute(consultation);
    }

    public Summary compute(Consultation consultation) {
        return SummaryTally.summary(consultation, tallies.counters(consultation), clock.instant());
    }

    /** The summary counted from the submissions themselves in one pass (the reference the counters equal). */
    public Summary recount(Consultation consultation) {
        SummaryCalculator calculator = new SummaryCalculator(consultation);
        submissions.responses(consultation.id(), calculator::add);
        return calculator.result(clock.instant());
    }

    /** Call before storing {@code changed}: the intent that makes its counting survive a crash after the write. */
    public void beforeWrite(Submission changed) {
        tallies.intend(changed.consultationId(), changed.id(), changed.version());
    }

    /** Call after storing a submission change: counts it now (a failure leaves the intent for later). */
    public void afterWrite(Consultation consultation, Submission changed) {
        try {
            tallies.apply(consultation, changed.id(), changed.version(), changed.hidden() ? null
                    : new SummaryCalculator.Response(changed.respondentEconomy(), changed.sector(), changed.size(),
                            changed.answers(), changed.comments().stream().map(c -> (Integer) c.section()).toList()));
        } catch (RuntimeException e) {
            log.warn("Summary counters of submission {} not updated yet ({}); its intent stays for the sweep",
                    changed.id(), e.toString());
        }
    }

    /** Counts the changes whose writer stopped between its write and its counting. */
    @Scheduled(fixedDelayString = "${smenet.consultation.tally-sweep-interval:30s}")
    public void sweep() {
        var before = clock.instant().minus(Duration.ofSeconds(10));
        for (String id : tallies.consultationsWithIntentsBefore(before)) {
            consultations.find(id).ifPresent(c -> tallies.drain(c, before));
        }
    }
}

package org.smenet.consultation.app;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes consultations at their closing date; safe on every replica at once (see {@link ConsultationService#closeDue}). */
@Component
public class ClosingSweep {

    private final ConsultationService consultations;

    public ClosingSweep(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Scheduled(fixedDelayString = "${smenet.consultation.closing-interval:5s}")
    public void sweep() {
        consultations.closeDue();
    }
}

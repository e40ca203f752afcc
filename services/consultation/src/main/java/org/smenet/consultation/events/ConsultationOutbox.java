package org.smenet.consultation.events;

import java.util.ArrayList;
import java.util.List;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.ExpertGroup;
import org.smenet.consultation.domain.NetworkSubmission;
import org.smenet.consultation.domain.Submission;
import org.smenet.contracts.EventType;
import org.smenet.contracts.consultation.AffectedEnterprise;
import org.smenet.contracts.consultation.AffectedEnterprisesIdentified;
import org.smenet.contracts.consultation.ConsultationChanged;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.consultation.ExpertGroupChanged;
import org.smenet.contracts.consultation.PublicConsultation;
import org.smenet.contracts.consultation.ReviewNoted;
import org.smenet.contracts.consultation.SubmissionChanged;
import org.smenet.contracts.consultation.SubmissionHidden;
import org.smenet.contracts.consultation.SubmissionRequestAnswered;
import org.smenet.contracts.consultation.SubmissionRequested;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * Says which events each change causes. A consultation open to the whole network also keeps its
 * public projection on {@code smenet.public.consultation.consultation.v1} at every step after the draft.
 */
@Component
public class ConsultationOutbox {

    private final EventRecorder recorder;

    public ConsultationOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public List<PendingEvent> changed(EventType<ConsultationChanged> type, Consultation c) {
        List<PendingEvent> events = new ArrayList<>();
        events.add(recorder.record(type, c.id(), c.economy(), c.version(), new ConsultationChanged(c.id(), c.economy(),
                c.status(), c.title(), c.policyArea(), c.audience(), c.hsCodes(), c.isicCodes(),
                c.economiesConcerned(), c.openingOrg(), c.opensAt(), c.closesAt(), recorder.now())));
        if (c.networkVisible()) {
            events.add(recorder.record(ConsultationEvents.PUBLIC_CONSULTATION_PUBLISHED, c.id(), c.economy(),
                    c.version(), new PublicConsultation(c.id(), c.economy(), c.status(), c.title(),
                            c.summary() == null ? "" : c.summary(), c.policyArea(), c.hsCodes(), c.isicCodes(),
                            c.economiesConcerned(), c.opensAt(), c.closesAt(),
                            c.status() == org.smenet.contracts.consultation.ConsultationStatus.PUBLISHED ? c.outcome() : null,
                            recorder.now(),
                            c.sections().stream().map(s -> new PublicConsultation.Section(s.number(), s.heading())).toList(),
                            c.questions().stream().map(q -> new PublicConsultation.Question(q.id(), q.kind().name(),
                                    q.text(), q.options().isEmpty() ? null : q.options())).toList())));
        }
        return events;
    }

    public List<PendingEvent> opened(Consultation c, List<AffectedEnterprise> affected) {
        List<PendingEvent> events = new ArrayList<>(changed(ConsultationEvents.CONSULTATION_OPENED, c));
        events.add(recorder.record(ConsultationEvents.AFFECTED_ENTERPRISES_IDENTIFIED, c.id(), c.economy(),
                c.version(), new AffectedEnterprisesIdentified(c.id(), c.economy(), affected, recorder.now())));
        return events;
    }

    public List<PendingEvent> submission(EventType<SubmissionChanged> type, Submission s) {
        return List.of(recorder.record(type, s.id(), s.respondentEconomy(), s.version(), new SubmissionChanged(s.id(),
                s.respondentEconomy(), s.consultationId(), s.respondentOrg(), s.respondentKind(), s.confidential(),
                s.answers().size(), s.comments().size(), recorder.now())));
    }

    public List<PendingEvent> hidden(Submission s) {
        return List.of(recorder.record(ConsultationEvents.SUBMISSION_HIDDEN, s.id(), s.respondentEconomy(),
                s.version(), new SubmissionHidden(s.id(), s.respondentEconomy(), s.consultationId(), s.hiddenBy(),
                        s.hiddenReason(), recorder.now())));
    }

    /** A cross-border submission request (this node's respondent → the consultation's economy). */
    public List<PendingEvent> requested(NetworkSubmission r) {
        return List.of(recorder.record(ConsultationEvents.SUBMISSION_REQUESTED, r.id(), r.economy(), r.version(),
                new SubmissionRequested(r.id(), r.economy(), r.targetEconomy(), r.consultationId(), r.respondentOrg(),
                        r.respondentKind(), r.sector(), r.size(),
                        r.answers().stream().map(a -> new SubmissionRequested.RequestedAnswer(a.questionId(), a.text(),
                                a.choices(), a.scale())).toList(),
                        r.comments().stream().map(c -> new SubmissionRequested.RequestedComment(c.section(), c.text()))
                                .toList(),
                        recorder.now())));
    }

    /**
     * This node's answer to a cross-border request, keyed by the request's id; {@code sequence} orders the
     * answers of one request (the request's version).
     */
    public PendingEvent answer(String consultationEconomy, String requestEventId, SubmissionRequested request,
            long requestSequence, String submissionId, String reason, String detail) {
        boolean accepted = reason == null;
        return recorder.record(accepted ? ConsultationEvents.SUBMISSION_REQUEST_ACCEPTED
                        : ConsultationEvents.SUBMISSION_REQUEST_REJECTED, request.requestId(), consultationEconomy,
                requestSequence, new SubmissionRequestAnswered(request.requestId(), consultationEconomy,
                        request.economy(), requestSequence, requestEventId, request.consultationId(),
                        request.respondentOrg(), accepted ? SubmissionRequestAnswered.ACCEPTED
                                : SubmissionRequestAnswered.REJECTED, accepted ? submissionId : null, reason, detail,
                        recorder.now()));
    }

    public List<PendingEvent> formed(ExpertGroup g) {
        return List.of(recorder.record(ConsultationEvents.EXPERT_GROUP_FORMED, g.id(), g.economy(), g.version(),
                new ExpertGroupChanged(g.id(), g.economy(), g.name(), g.sectorIsic(), g.members(), recorder.now())));
    }

    public List<PendingEvent> reviewed(ExpertGroup g, ExpertGroup.Review review) {
        return List.of(recorder.record(ConsultationEvents.EXPERT_GROUP_REVIEW_NOTED, g.id(), g.economy(), g.version(),
                new ReviewNoted(g.id(), g.economy(), review.consultationId(), review.authorOrg(), review.note(),
                        review.at())));
    }
}

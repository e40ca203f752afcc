package org.smenet.training.events;

import java.util.ArrayList;
import java.util.List;
import org.smenet.contracts.EventType;
import org.smenet.contracts.training.CertificateIssued;
import org.smenet.contracts.training.CertificateRevoked;
import org.smenet.contracts.training.CoursePublished;
import org.smenet.contracts.training.EnrolmentChanged;
import org.smenet.contracts.training.EnrolmentRequestAnswered;
import org.smenet.contracts.training.EnrolmentRequested;
import org.smenet.contracts.training.SessionScheduled;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.smenet.training.domain.Certificate;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.NetworkEnrolment;
import org.smenet.training.domain.Session;
import org.springframework.stereotype.Component;

/** Says which events each training change causes; a network-visible course is also listed publicly. */
@Component
public class TrainingOutbox {

    private final EventRecorder recorder;

    public TrainingOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public List<PendingEvent> published(Course c) {
        CoursePublished data = new CoursePublished(c.id(), c.economy(), c.providerOrg(), c.title(), c.summary(),
                c.topic(), c.level(), c.language(), c.delivery(), c.location(), c.hsCodes(), c.isicCodes(),
                c.prerequisites(), c.certification(), c.networkVisible(), c.publishedAt());
        List<PendingEvent> events = new ArrayList<>();
        events.add(recorder.record(TrainingEvents.COURSE_PUBLISHED, c.id(), c.economy(), c.version(), data));
        if (c.networkVisible()) {
            events.add(recorder.record(TrainingEvents.PUBLIC_COURSE_LISTED, c.id(), c.economy(), c.version(), data));
        }
        return events;
    }

    public List<PendingEvent> scheduled(Session s) {
        return List.of(recorder.record(TrainingEvents.SESSION_SCHEDULED, s.id(), s.economy(), s.version(),
                new SessionScheduled(s.id(), s.economy(), s.courseId(), s.providerOrg(), s.startsAt(), s.endsAt(),
                        s.enrolmentDeadline(), s.capacity(), s.waitlistEnabled(), s.location(), s.scheduledAt())));
    }

    /** One event per placement, all at the session's new version (one change, one sequence). */
    public List<PendingEvent> changed(Session.Change change) {
        Session s = change.session();
        return change.placements().stream().map(p -> recorder.record(typeOf(p.happened()), s.id(), s.economy(),
                s.version(), new EnrolmentChanged(s.id(), s.economy(), s.courseId(), p.enterpriseId(),
                        statusOf(p.happened()), recorder.now()))).toList();
    }

    public List<PendingEvent> requested(NetworkEnrolment e) {
        return List.of(recorder.record(TrainingEvents.ENROLMENT_REQUESTED, e.id(), e.economy(), e.version(),
                new EnrolmentRequested(e.id(), e.economy(), e.targetEconomy(), e.courseId(), e.enterpriseId(),
                        e.ownerOrg(), recorder.now())));
    }

    /** This node's answer to a cross-border enrolment request (keyed by the request id, sequence = its version). */
    public PendingEvent answer(String courseEconomy, String requestEventId, long requestSequence,
            EnrolmentRequested request, String status, String sessionId, String reason, String detail) {
        boolean rejected = EnrolmentRequestAnswered.REJECTED.equals(status);
        return recorder.record(rejected ? TrainingEvents.ENROLMENT_REQUEST_REJECTED
                        : TrainingEvents.ENROLMENT_REQUEST_ACCEPTED, request.requestId(), courseEconomy, requestSequence,
                new EnrolmentRequestAnswered(request.requestId(), courseEconomy, request.economy(), requestSequence,
                        requestEventId, request.courseId(), request.enterpriseId(), status, sessionId, reason, detail,
                        recorder.now()));
    }

    public List<PendingEvent> issued(Certificate c) {
        return List.of(recorder.record(TrainingEvents.CERTIFICATE_ISSUED, c.id(), c.economy(), c.version(),
                new CertificateIssued(c.id(), c.economy(), c.enterpriseId(), c.courseId(), c.achievement(), c.topic(),
                        c.certification(), c.issuedAt(), c.validUntil())));
    }

    public List<PendingEvent> revoked(Certificate c) {
        return List.of(recorder.record(TrainingEvents.CERTIFICATE_REVOKED, c.id(), c.economy(), c.version(),
                new CertificateRevoked(c.id(), c.economy(), c.enterpriseId(), c.courseId(), c.revocationReason(),
                        c.revokedAt())));
    }

    private static EventType<EnrolmentChanged> typeOf(Session.Happened happened) {
        return switch (happened) {
            case ENROLLED -> TrainingEvents.ENROLLED;
            case WAITLISTED -> TrainingEvents.WAITLISTED;
            case PROMOTED -> TrainingEvents.PROMOTED;
            case CANCELLED -> TrainingEvents.CANCELLED;
            case ATTENDED -> TrainingEvents.ATTENDED;
            case COMPLETED -> TrainingEvents.COMPLETED;
        };
    }

    private static String statusOf(Session.Happened happened) {
        return switch (happened) {
            case ENROLLED, PROMOTED -> "ENROLLED";
            case WAITLISTED -> "WAITLISTED";
            case CANCELLED -> "CANCELLED";
            case ATTENDED -> "ATTENDED";
            case COMPLETED -> "COMPLETED";
        };
    }
}

package org.smenet.contracts.training;

import java.util.List;
import org.smenet.contracts.EventType;

/** Every event the training service publishes, with its topic and schema. */
public final class TrainingEvents {

    public static final String COURSE_TOPIC = "smenet.training.course.v1";
    public static final String SESSION_TOPIC = "smenet.training.session.v1";
    public static final String CERTIFICATE_TOPIC = "smenet.training.certificate.v1";
    /** Compacted listing of network-visible courses; crosses economies. */
    public static final String PUBLIC_COURSE_TOPIC = "smenet.public.training.course.v1";
    /** Cross-border enrolment requests of this node's SMEs (compacted by request id); crosses economies. */
    public static final String ENROLMENT_REQUEST_TOPIC = "smenet.public.training.enrolment-request.v1";
    /** This node's answers to cross-border enrolment requests (compacted by request id); crosses economies. */
    public static final String ENROLMENT_ANSWER_TOPIC = "smenet.public.training.enrolment-answer.v1";

    public static final EventType<CoursePublished> COURSE_PUBLISHED = new EventType<>(
            "org.smenet.training.course.published.v1", COURSE_TOPIC, CoursePublished.class,
            "training/course-published.v1.json");
    public static final EventType<SessionScheduled> SESSION_SCHEDULED = new EventType<>(
            "org.smenet.training.session.scheduled.v1", SESSION_TOPIC, SessionScheduled.class,
            "training/session-scheduled.v1.json");
    public static final EventType<EnrolmentChanged> ENROLLED = enrolment("enrolled");
    public static final EventType<EnrolmentChanged> WAITLISTED = enrolment("waitlisted");
    public static final EventType<EnrolmentChanged> PROMOTED = enrolment("promoted");
    public static final EventType<EnrolmentChanged> CANCELLED = enrolment("cancelled");
    public static final EventType<EnrolmentChanged> ATTENDED = enrolment("attended");
    public static final EventType<EnrolmentChanged> COMPLETED = enrolment("completed");
    public static final EventType<CertificateIssued> CERTIFICATE_ISSUED = new EventType<>(
            "org.smenet.training.certificate.issued.v1", CERTIFICATE_TOPIC, CertificateIssued.class,
            "training/certificate-issued.v1.json");
    public static final EventType<CertificateRevoked> CERTIFICATE_REVOKED = new EventType<>(
            "org.smenet.training.certificate.revoked.v1", CERTIFICATE_TOPIC, CertificateRevoked.class,
            "training/certificate-revoked.v1.json");
    /** The network-public listing of a network-visible course (same data as {@link #COURSE_PUBLISHED}). */
    public static final EventType<CoursePublished> PUBLIC_COURSE_LISTED = new EventType<>(
            "org.smenet.training.course.listed.v1", PUBLIC_COURSE_TOPIC, CoursePublished.class,
            "training/course-published.v1.json");

    public static final EventType<EnrolmentRequested> ENROLMENT_REQUESTED = new EventType<>(
            "org.smenet.training.enrolment-request.requested.v1", ENROLMENT_REQUEST_TOPIC, EnrolmentRequested.class,
            "training/enrolment-requested.v1.json");
    public static final EventType<EnrolmentRequestAnswered> ENROLMENT_REQUEST_ACCEPTED = new EventType<>(
            "org.smenet.training.enrolment-answer.accepted.v1", ENROLMENT_ANSWER_TOPIC,
            EnrolmentRequestAnswered.class, "training/enrolment-request-answered.v1.json");
    public static final EventType<EnrolmentRequestAnswered> ENROLMENT_REQUEST_REJECTED = new EventType<>(
            "org.smenet.training.enrolment-answer.rejected.v1", ENROLMENT_ANSWER_TOPIC,
            EnrolmentRequestAnswered.class, "training/enrolment-request-answered.v1.json");

    public static final List<EventType<?>> ALL = List.of(
            COURSE_PUBLISHED, SESSION_SCHEDULED, ENROLLED, WAITLISTED, PROMOTED, CANCELLED, ATTENDED, COMPLETED,
            CERTIFICATE_ISSUED, CERTIFICATE_REVOKED, PUBLIC_COURSE_LISTED, ENROLMENT_REQUESTED,
            ENROLMENT_REQUEST_ACCEPTED, ENROLMENT_REQUEST_REJECTED);

    private TrainingEvents() {
    }

    private static EventType<EnrolmentChanged> enrolment(String happened) {
        return new EventType<>("org.smenet.training.session." + happened + ".v1", SESSION_TOPIC,
                EnrolmentChanged.class, "training/enrolment-changed.v1.json");
    }
}

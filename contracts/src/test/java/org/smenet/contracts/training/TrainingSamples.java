package org.smenet.contracts.training;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.EventType;

/**
 * Realistic data for every training event type: Chile's SME centre teaches SPS rules for fresh fruit
 * exports in Talca ({@link #full}: every field set) and an online introduction to e-commerce
 * ({@link #minimal}: every optional field null).
 */
public final class TrainingSamples {

    public static final String COURSE_ID = "crs-cl-sps-fruit-2026";
    public static final String SESSION_ID = "ses-cl-sps-fruit-2026-05";
    public static final String CERTIFICATE_ID = "cert-5f0c2d7e-9a41-4b8e-8d3f-2a6b1c9e7d10";
    public static final String ENTERPRISE_ID = "ent-01J9Z3KX7Q8VN2D4";
    private static final Instant AT = Instant.parse("2026-03-14T08:30:15.123Z");

    private TrainingSamples() {
    }

    public static <T> T full(EventType<T> type) {
        return type.dataClass().cast(switch (type.dataClass().getSimpleName()) {
            case "CoursePublished" -> new CoursePublished(COURSE_ID, "CL", "org-cl-sercotec",
                    "SPS requirements for fresh fruit exports to Asia",
                    "Phytosanitary certificates, pest risk analysis and cold treatment for cherries and blueberries.",
                    CourseTopic.SANITARY_AND_PHYTOSANITARY, CourseLevel.INTERMEDIATE, "es", Delivery.HYBRID,
                    "Talca, Maule", List.of("0809", "081040"), List.of("0124"),
                    List.of("Basic export readiness"), "GLOBALG.A.P.", true, AT);
            case "SessionScheduled" -> new SessionScheduled(SESSION_ID, "CL", COURSE_ID, "org-cl-sercotec",
                    AT.plusSeconds(30 * 86_400), AT.plusSeconds(31 * 86_400), AT.plusSeconds(25 * 86_400), 30, true,
                    "Universidad de Talca, Sala 3", AT);
            case "EnrolmentChanged" -> new EnrolmentChanged(SESSION_ID, "CL", COURSE_ID, ENTERPRISE_ID,
                    statusAfter(type), AT);
            case "CertificateIssued" -> new CertificateIssued(CERTIFICATE_ID, "CL", ENTERPRISE_ID, COURSE_ID,
                    "SPS requirements for fresh fruit exports to Asia", CourseTopic.SANITARY_AND_PHYTOSANITARY,
                    "GLOBALG.A.P.", AT, AT.plusSeconds(3 * 365 * 86_400L));
            case "CertificateRevoked" -> new CertificateRevoked(CERTIFICATE_ID, "CL", ENTERPRISE_ID, COURSE_ID,
                    "Attendance record corrected: the enterprise did not attend the final assessment", AT);
            case "EnrolmentRequested" -> new EnrolmentRequested("req-th-01JB2", "TH", "CL", COURSE_ID,
                    "ent-th-01J9Z3", "org-th-siam-fruit", AT);
            case "EnrolmentRequestAnswered" -> new EnrolmentRequestAnswered("req-th-01JB2", "CL", "TH", 1,
                    "6f1d2c3b-4a5e-4f60-8b71-9c0d1e2f3a4b", COURSE_ID, "ent-th-01J9Z3",
                    EnrolmentRequestAnswered.ENROLLED, SESSION_ID, null, null, AT);
            default -> throw new IllegalArgumentException("no sample for " + type.dataClass());
        });
    }

    public static <T> T minimal(EventType<T> type) {
        return type.dataClass().cast(switch (type.dataClass().getSimpleName()) {
            case "CoursePublished" -> new CoursePublished(COURSE_ID, "CL", "org-cl-sercotec",
                    "Selling online: a first step", "", CourseTopic.E_COMMERCE, CourseLevel.INTRODUCTORY, "es",
                    Delivery.ONLINE, null, List.of(), List.of(), List.of(), null, false, AT);
            case "SessionScheduled" -> new SessionScheduled(SESSION_ID, "CL", COURSE_ID, "org-cl-sercotec",
                    AT.plusSeconds(86_400), AT.plusSeconds(2 * 86_400), AT, 1, false, null, AT);
            case "CertificateIssued" -> new CertificateIssued(CERTIFICATE_ID, "CL", ENTERPRISE_ID, COURSE_ID,
                    "Selling online: a first step", CourseTopic.E_COMMERCE, null, AT, null);
            case "CertificateRevoked" -> new CertificateRevoked(CERTIFICATE_ID, "CL", ENTERPRISE_ID, COURSE_ID, null,
                    AT);
            case "EnrolmentRequestAnswered" -> new EnrolmentRequestAnswered("req-th-01JB2", "CL", "TH", 1, null,
                    COURSE_ID, "ent-th-01J9Z3", EnrolmentRequestAnswered.REJECTED, null, "session-full", null, AT);
            default -> full(type);
        });
    }

    private static String statusAfter(EventType<?> type) {
        return switch (type.type()) {
            case "org.smenet.training.session.enrolled.v1", "org.smenet.training.session.promoted.v1" -> "ENROLLED";
            case "org.smenet.training.session.waitlisted.v1" -> "WAITLISTED";
            case "org.smenet.training.session.cancelled.v1" -> "CANCELLED";
            case "org.smenet.training.session.attended.v1" -> "ATTENDED";
            case "org.smenet.training.session.completed.v1" -> "COMPLETED";
            default -> throw new IllegalArgumentException("not an enrolment event: " + type.type());
        };
    }
}

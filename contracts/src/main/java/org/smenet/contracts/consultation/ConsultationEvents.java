package org.smenet.contracts.consultation;

import java.util.List;
import org.smenet.contracts.EventType;

/** Every event the consultation service publishes, with its topic and schema. */
public final class ConsultationEvents {

    public static final String CONSULTATION_TOPIC = "smenet.consultation.consultation.v1";
    public static final String SUBMISSION_TOPIC = "smenet.consultation.submission.v1";
    public static final String EXPERT_GROUP_TOPIC = "smenet.consultation.expert-group.v1";
    /** Compacted projection of consultations open to the whole network; crosses economies. */
    public static final String PUBLIC_CONSULTATION_TOPIC = "smenet.public.consultation.consultation.v1";
    /** Cross-border submission requests of this node's respondents (compacted by request id); crosses economies. */
    public static final String SUBMISSION_REQUEST_TOPIC = "smenet.public.consultation.submission-request.v1";
    /** This node's answers to cross-border submission requests (compacted by request id); crosses economies. */
    public static final String SUBMISSION_ANSWER_TOPIC = "smenet.public.consultation.submission-answer.v1";

    public static final EventType<ConsultationChanged> CONSULTATION_DRAFTED = lifecycle("drafted");
    public static final EventType<ConsultationChanged> CONSULTATION_UPDATED = lifecycle("updated");
    public static final EventType<ConsultationChanged> CONSULTATION_OPENED = lifecycle("opened");
    public static final EventType<ConsultationChanged> CONSULTATION_CLOSED = lifecycle("closed");
    public static final EventType<ConsultationChanged> CONSULTATION_SUMMARISED = lifecycle("summarised");
    public static final EventType<ConsultationChanged> CONSULTATION_OUTCOME_PUBLISHED = lifecycle("outcome-published");
    public static final EventType<AffectedEnterprisesIdentified> AFFECTED_ENTERPRISES_IDENTIFIED = new EventType<>(
            "org.smenet.consultation.consultation.affected-enterprises-identified.v1", CONSULTATION_TOPIC,
            AffectedEnterprisesIdentified.class, "consultation/affected-enterprises-identified.v1.json");

    public static final EventType<SubmissionChanged> SUBMISSION_SUBMITTED = new EventType<>(
            "org.smenet.consultation.submission.submitted.v1", SUBMISSION_TOPIC, SubmissionChanged.class,
            "consultation/submission-changed.v1.json");
    public static final EventType<SubmissionChanged> SUBMISSION_UPDATED = new EventType<>(
            "org.smenet.consultation.submission.updated.v1", SUBMISSION_TOPIC, SubmissionChanged.class,
            "consultation/submission-changed.v1.json");
    public static final EventType<SubmissionHidden> SUBMISSION_HIDDEN = new EventType<>(
            "org.smenet.consultation.submission.hidden.v1", SUBMISSION_TOPIC, SubmissionHidden.class,
            "consultation/submission-hidden.v1.json");

    public static final EventType<ExpertGroupChanged> EXPERT_GROUP_FORMED = new EventType<>(
            "org.smenet.consultation.expert-group.formed.v1", EXPERT_GROUP_TOPIC, ExpertGroupChanged.class,
            "consultation/expert-group-changed.v1.json");
    public static final EventType<ReviewNoted> EXPERT_GROUP_REVIEW_NOTED = new EventType<>(
            "org.smenet.consultation.expert-group.review-noted.v1", EXPERT_GROUP_TOPIC, ReviewNoted.class,
            "consultation/review-noted.v1.json");

    public static final EventType<PublicConsultation> PUBLIC_CONSULTATION_PUBLISHED = new EventType<>(
            "org.smenet.consultation.consultation.published.v1", PUBLIC_CONSULTATION_TOPIC, PublicConsultation.class,
            "consultation/public-consultation.v1.json");

    public static final EventType<SubmissionRequested> SUBMISSION_REQUESTED = new EventType<>(
            "org.smenet.consultation.submission-request.requested.v1", SUBMISSION_REQUEST_TOPIC,
            SubmissionRequested.class, "consultation/submission-requested.v1.json");
    public static final EventType<SubmissionRequestAnswered> SUBMISSION_REQUEST_ACCEPTED = new EventType<>(
            "org.smenet.consultation.submission-answer.accepted.v1", SUBMISSION_ANSWER_TOPIC,
            SubmissionRequestAnswered.class, "consultation/submission-request-answered.v1.json");
    public static final EventType<SubmissionRequestAnswered> SUBMISSION_REQUEST_REJECTED = new EventType<>(
            "org.smenet.consultation.submission-answer.rejected.v1", SUBMISSION_ANSWER_TOPIC,
            SubmissionRequestAnswered.class, "consultation/submission-request-answered.v1.json");

    public static final List<EventType<?>> ALL = List.of(
            CONSULTATION_DRAFTED, CONSULTATION_UPDATED, CONSULTATION_OPENED, CONSULTATION_CLOSED,
            CONSULTATION_SUMMARISED, CONSULTATION_OUTCOME_PUBLISHED, AFFECTED_ENTERPRISES_IDENTIFIED,
            SUBMISSION_SUBMITTED, SUBMISSION_UPDATED, SUBMISSION_HIDDEN,
            EXPERT_GROUP_FORMED, EXPERT_GROUP_REVIEW_NOTED,
            PUBLIC_CONSULTATION_PUBLISHED, SUBMISSION_REQUESTED, SUBMISSION_REQUEST_ACCEPTED,
            SUBMISSION_REQUEST_REJECTED);

    private ConsultationEvents() {
    }

    private static EventType<ConsultationChanged> lifecycle(String happened) {
        return new EventType<>("org.smenet.consultation.consultation." + happened + ".v1", CONSULTATION_TOPIC,
                ConsultationChanged.class, "consultation/consultation-changed.v1.json");
    }
}

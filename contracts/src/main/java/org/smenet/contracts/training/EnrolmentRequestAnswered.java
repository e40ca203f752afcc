package org.smenet.contracts.training;

import java.time.Instant;

/**
 * The course's node answers a cross-border enrolment request: {@code ENROLLED} or {@code WAITLISTED} in
 * session {@code sessionId}, or {@code REJECTED} with a {@code reason} (a stable kind such as
 * {@code session-full}) and a {@code detail}. Names the request by id, economy and sequence.
 */
public record EnrolmentRequestAnswered(
        String requestId,
        String economy,
        String requestEconomy,
        long requestSequence,
        String requestEventId,
        String courseId,
        String enterpriseId,
        String status,
        String sessionId,
        String reason,
        String detail,
        Instant at) {

    public static final String ENROLLED = "ENROLLED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String REJECTED = "REJECTED";
}

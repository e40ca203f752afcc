package org.smenet.contracts.consultation;

import java.time.Instant;

/**
 * The consultation's node answers a cross-border submission request: {@code ACCEPTED} (the submission
 * {@code submissionId} now counts) or {@code REJECTED} with a {@code reason} (a stable kind such as
 * {@code consultation-not-open}) and a {@code detail}. Names the request by id, economy and sequence, so
 * the respondent's home node shows the status of the version it sent.
 */
public record SubmissionRequestAnswered(
        String requestId,
        String economy,
        String requestEconomy,
        long requestSequence,
        String requestEventId,
        String consultationId,
        String respondentOrg,
        String status,
        String submissionId,
        String reason,
        String detail,
        Instant at) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
}

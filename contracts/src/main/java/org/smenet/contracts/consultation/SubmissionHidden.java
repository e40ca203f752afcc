package org.smenet.contracts.consultation;

import java.time.Instant;

/** The opening focal point hid a submission (moderation never deletes). */
public record SubmissionHidden(
        String submissionId,
        String economy,
        String consultationId,
        String moderatorOrg,
        String reason,
        Instant at) {
}

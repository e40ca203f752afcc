package org.smenet.contracts.consultation;

import java.time.Instant;

/**
 * A submission was made or edited. Carries who responded and how much, never the answers or comments
 * (confidential submissions must not leave the service).
 */
public record SubmissionChanged(
        String submissionId,
        String economy,
        String consultationId,
        String respondentOrg,
        RespondentKind respondentKind,
        boolean confidential,
        int answers,
        int comments,
        Instant at) {
}

package org.smenet.training.api;

import java.time.Instant;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.training.domain.Certificate;

/** A certificate for its holder and provider: the signed credential to share, and where to verify it. */
public record CertificateView(String id, long version, String economy, String enterpriseId, String courseId,
        String sessionId, String achievement, CourseTopic topic, String certification, Instant issuedAt,
        Instant validUntil, boolean revoked, Instant revokedAt, String revocationReason, String keyId,
        String credential, String verification) {

    static CertificateView of(Certificate c) {
        return new CertificateView(c.id(), c.version(), c.economy(), c.enterpriseId(), c.courseId(), c.sessionId(),
                c.achievement(), c.topic(), c.certification(), c.issuedAt(), c.validUntil(), c.revoked(), c.revokedAt(),
                c.revocationReason(), c.keyId(), c.credential(), "/api/training/verifications?certificate=" + c.id());
    }
}

package org.smenet.contracts.training;

import java.time.Instant;

public record CertificateRevoked(
        String certificateId,
        String economy,
        String enterpriseId,
        String courseId,
        String reason,
        Instant revokedAt) {
}

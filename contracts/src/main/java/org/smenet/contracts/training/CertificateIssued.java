package org.smenet.contracts.training;

import java.time.Instant;

/**
 * An enterprise earned a certificate (an Open Badges 3.0 credential). No personal data: the enterprise
 * id and the achievement only.
 */
public record CertificateIssued(
        String certificateId,
        String economy,
        String enterpriseId,
        String courseId,
        String achievement,
        CourseTopic topic,
        String certification,
        Instant issuedAt,
        Instant validUntil) {
}

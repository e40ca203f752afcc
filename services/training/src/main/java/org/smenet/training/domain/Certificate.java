package org.smenet.training.domain;

import java.time.Instant;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.events.Versioned;

/**
 * A certificate an enterprise earned by completing a session: the signed credential ({@code credential},
 * a JWS the holder carries), its place in the revocation status list, and whether it was revoked.
 */
public record Certificate(
        String id,
        long version,
        String economy,
        String enterpriseId,
        String ownerOrg,
        String providerOrg,
        String courseId,
        String sessionId,
        String achievement,
        CourseTopic topic,
        String certification,
        Instant issuedAt,
        Instant validUntil,
        String statusList,
        long statusIndex,
        String keyId,
        String credential,
        boolean revoked,
        Instant revokedAt,
        String revocationReason) implements Versioned {

    public Certificate revoke(String reason, Instant now) {
        if (revoked) {
            throw new SessionRuleViolation("already-revoked", "Certificate " + id + " was revoked at " + revokedAt);
        }
        return new Certificate(id, version + 1, economy, enterpriseId, ownerOrg, providerOrg, courseId, sessionId,
                achievement, topic, certification, issuedAt, validUntil, statusList, statusIndex, keyId, credential,
                true, now, reason);
    }

    public boolean expiredAt(Instant now) {
        return validUntil != null && now.isAfter(validUntil);
    }
}

package org.smenet.training.domain;

import java.time.Instant;
import org.smenet.kit.events.Versioned;

/**
 * An SME of this node asks for its enterprise's enrolment in another economy's online course (federation):
 * it lives here, on the enterprise's home node, as a request published on the public request topic and
 * answered by the course's node with an event. The answer to the current version sets {@code status}; after
 * a rejection the SME may ask again (a new version, pending again).
 */
public record NetworkEnrolment(
        String id,
        long version,
        String economy,
        String targetEconomy,
        String courseId,
        String enterpriseId,
        String ownerOrg,
        Status status,
        long answeredVersion,
        String sessionId,
        String reason,
        String detail,
        Instant requestedAt,
        Instant updatedAt,
        Instant answeredAt) implements Versioned {

    public enum Status { PENDING, ENROLLED, WAITLISTED, REJECTED }

    public static NetworkEnrolment request(String id, String economy, String targetEconomy, String courseId,
            String enterpriseId, String ownerOrg, Instant now) {
        return new NetworkEnrolment(id, 1, economy, targetEconomy, courseId, enterpriseId, ownerOrg, Status.PENDING, 0,
                null, null, null, now, now, null);
    }

    /** Asks again after a rejection; while pending or placed, asking again is refused. */
    public NetworkEnrolment again(Instant now) {
        if (status != Status.REJECTED) {
            throw new SessionRuleViolation("already-requested", "Enterprise " + enterpriseId + "'s enrolment in course "
                    + courseId + " is " + status + "; ask again only after a rejection");
        }
        return new NetworkEnrolment(id, version + 1, economy, targetEconomy, courseId, enterpriseId, ownerOrg,
                Status.PENDING, answeredVersion, null, null, null, requestedAt, now, answeredAt);
    }
}

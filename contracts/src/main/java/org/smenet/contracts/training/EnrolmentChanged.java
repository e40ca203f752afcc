package org.smenet.contracts.training;

import java.time.Instant;

/**
 * An enterprise's place in a session changed: enrolled, waitlisted, promoted from the waitlist,
 * cancelled, attended or completed. Seats and waitlist live in the session document, so these are
 * session events (key: session id; sequence: the session's version).
 */
public record EnrolmentChanged(
        String sessionId,
        String economy,
        String courseId,
        String enterpriseId,
        String status,
        Instant changedAt) {
}
